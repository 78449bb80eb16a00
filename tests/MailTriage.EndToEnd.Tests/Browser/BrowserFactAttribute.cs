namespace MailTriage.EndToEnd.Tests.Browser;

/// <summary>
/// A test that needs Debian's chromium. Skipped, with the reason, only when the browser is not installed; CI installs
/// it in .ci/run, and Playwright is never allowed to download one of its own.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Debian's chromium is not installed at {ChromiumPath} (apt-get install -y chromium; .ci/run installs it).";
        }
    }
}
