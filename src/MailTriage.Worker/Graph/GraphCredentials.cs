using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace MailTriage.Worker.Graph;

/// <summary>Turns <see cref="GraphOptions"/> into an Azure.Identity credential (validated options assumed).</summary>
internal static class GraphCredentials
{
    public static TokenCredential Create(GraphOptions o) => o.Auth switch
    {
        GraphAuthMode.ClientSecret => new ClientSecretCredential(o.TenantId, o.ClientId, o.ClientSecret),
        GraphAuthMode.ClientCertificate => string.IsNullOrEmpty(o.CertificatePassword)
            ? new ClientCertificateCredential(o.TenantId, o.ClientId, o.CertificatePath)
            : new ClientCertificateCredential(o.TenantId, o.ClientId, X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath!, o.CertificatePassword)),
        GraphAuthMode.ManagedIdentity => new ManagedIdentityCredential(
            string.IsNullOrEmpty(o.ClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(o.ClientId)),
        GraphAuthMode.WorkloadIdentity => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions
        {
            // Null falls back to AZURE_TENANT_ID / AZURE_CLIENT_ID injected by the workload identity webhook.
            TenantId = o.TenantId,
            ClientId = o.ClientId,
        }),
        GraphAuthMode.DefaultAzureCredential => new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            TenantId = o.TenantId,
            ManagedIdentityClientId = o.ClientId,
            WorkloadIdentityClientId = o.ClientId,
        }),
        _ => throw new InvalidOperationException($"Graph:Auth = {o.Auth} has no credential."),
    };
}
