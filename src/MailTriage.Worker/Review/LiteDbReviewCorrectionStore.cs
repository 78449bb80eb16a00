using System.Text.Json;
using LiteDB;
using MailTriage.Worker.Storage;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace MailTriage.Worker.Review;

/// <summary>Review corrections in the installation's LiteDB file, stored as JSON like the processed-message records.</summary>
public sealed class LiteDbReviewCorrectionStore(LiteDbStore store) : IReviewCorrectionStore
{
    internal const string Collection = "review_corrections";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private ILiteCollection<CorrectionDocument> Corrections => store.Collection<CorrectionDocument>(Collection);

    public void Save(ReviewCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var document = new CorrectionDocument { Id = correction.Id, Json = JsonSerializer.Serialize(correction, Json) };
        store.Write(() => Corrections.Upsert(document));
    }

    public ReviewCorrection? Find(string id) => Corrections.FindById(id) is { } d ? Read(d) : null;

    public IReadOnlyList<ReviewCorrection> All() => [.. Corrections.FindAll().Select(Read).OrderBy(c => c.At)];

    private static ReviewCorrection Read(CorrectionDocument d) =>
        JsonSerializer.Deserialize<ReviewCorrection>(d.Json, Json) ?? throw new InvalidDataException($"Review correction {d.Id} is empty.");

    internal sealed class CorrectionDocument
    {
        public string Id { get; set; } = string.Empty;

        public string Json { get; set; } = string.Empty;
    }
}
