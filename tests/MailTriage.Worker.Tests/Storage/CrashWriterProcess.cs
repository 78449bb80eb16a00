using System.Runtime.CompilerServices;
using MailTriage.Routing.Disputes;
using MailTriage.Worker.Storage;
using NodaTime;

namespace MailTriage.Worker.Tests.Storage;

/// <summary>
/// Turns this test assembly into the child process of <see cref="CrashSafetyTests"/>: started with
/// <see cref="DatabaseVariable"/> set, it writes disputes through the real store, printing each committed id, until it
/// is killed (or, in "abandon" mode, exits without closing the database). In the test host the variable is unset
/// and this does nothing.
/// </summary>
internal static class CrashWriterProcess
{
    internal const string DatabaseVariable = "MAILTRIAGE_CRASH_WRITER_DB";
    internal const string AbandonAfterVariable = "MAILTRIAGE_CRASH_WRITER_ABANDON_AFTER";
    internal const string CommittedPrefix = "committed ";
    private const int MaxCommits = 2000;

#pragma warning disable CA2255 // A module initializer is how this test assembly doubles as a crash-test child process without a separate project.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void RunIfRequested()
    {
        var path = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var abandonAfter = int.TryParse(Environment.GetEnvironmentVariable(AbandonAfterVariable), out var n) ? n : int.MaxValue;

        // Deliberately never disposed: a kill or an abrupt exit must find the database as a crash would.
        var store = new LiteDbStore(new LiteDbStoreOptions { Path = path });
        var repository = new LiteDbDisputeRepository(store);
        // Bounded, so a writer whose parent vanished without killing it still ends by itself.
        for (var i = 1; i <= MaxCommits; i++)
        {
            var at = StorageTestData.T0 + Duration.FromMinutes(i);
            var dispute = StorageTestData.NewDispute(repository.NextId(), at, invoice: $"INV-{i:00000}");
            dispute.Start(DisputeActor.Staff(StorageTestData.Marcus.Email), at + Duration.FromMinutes(2));
            repository.Save(dispute);
            Console.Out.WriteLine(CommittedPrefix + dispute.Id.Value);
            if (i >= abandonAfter)
            {
                Environment.Exit(0);
            }
        }

        Environment.Exit(2);
    }
}
