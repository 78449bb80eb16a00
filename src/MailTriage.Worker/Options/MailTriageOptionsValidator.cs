using Microsoft.Extensions.Options;

namespace MailTriage.Worker.Options;

/// <summary>Start-up checks that name the exact configuration key at fault, so a bad config stops the worker with one clear line.</summary>
public sealed class MailTriageOptionsValidator : IValidateOptions<MailTriageOptions>
{
    public ValidateOptionsResult Validate(string? name, MailTriageOptions options)
    {
        var errors = new List<string>();
        var prefix = MailTriageOptions.Section;
        if (options.Mailboxes.Count == 0)
        {
            errors.Add($"{prefix}:Mailboxes must list at least one mailbox.");
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Mailboxes.Count; i++)
        {
            var m = options.Mailboxes[i];
            var key = $"{prefix}:Mailboxes:{i}";
            if (string.IsNullOrWhiteSpace(m.Id))
            {
                errors.Add($"{key}:Id is required.");
            }
            else if (!ids.Add(m.Id))
            {
                errors.Add($"{key}:Id '{m.Id}' is used by another mailbox.");
            }

            if (string.IsNullOrWhiteSpace(m.Address) || !m.Address.Contains('@', StringComparison.Ordinal))
            {
                errors.Add($"{key}:Address must be the mailbox's SMTP address.");
            }

            if (m.Source == MailboxSourceKind.Local && string.IsNullOrWhiteSpace(m.Path))
            {
                errors.Add($"{key}:Path is required for a Local mailbox.");
            }

            if (m.Source == MailboxSourceKind.Graph && m.Folders.Count == 0)
            {
                errors.Add($"{key}:Folders must name at least one folder for a Graph mailbox.");
            }
        }

        if (options.PollInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"{prefix}:PollInterval must be at least 00:00:01 (got {options.PollInterval}).");
        }

        if (options.SlaSweepInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"{prefix}:SlaSweepInterval must be at least 00:00:01 (got {options.SlaSweepInterval}).");
        }

        if (options.IntentThreshold is < 0 or > 1)
        {
            errors.Add($"{prefix}:IntentThreshold must be between 0 and 1.");
        }

        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            errors.Add($"{prefix}:DatabasePath is required.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
