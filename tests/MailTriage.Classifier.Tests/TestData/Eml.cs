using System.Text;

namespace MailTriage.Classifier.Tests.TestData;

/// <summary>Builds small RFC 5322 messages for tests; every message here is written for these tests.</summary>
internal static class Eml
{
    public const string DefaultDate = "Tue, 10 Nov 2026 09:30:00 -0600";

    public static string Plain(string body, string subject = "Test", string from = "ap@tester.example",
        string date = DefaultDate, string charset = "utf-8", string encoding = "8bit", string extraHeaders = "") =>
        $"From: Pat Tester <{from}>\r\nTo: ar@seller.example\r\nSubject: {subject}\r\nDate: {date}\r\n" +
        $"Message-ID: <t1@tester.example>\r\n{extraHeaders}MIME-Version: 1.0\r\n" +
        $"Content-Type: text/plain; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {encoding}\r\n\r\n{body.Replace("\n", "\r\n", StringComparison.Ordinal)}\r\n";

    public static MemoryStream Stream(string eml) => new(Encoding.UTF8.GetBytes(eml));

    public static MemoryStream Stream(byte[] bytes) => new(bytes);
}
