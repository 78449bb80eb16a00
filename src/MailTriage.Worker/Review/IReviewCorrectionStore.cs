namespace MailTriage.Worker.Review;

/// <summary>Where analysts' corrections are kept; one per message, a later verdict replaces an earlier one.</summary>
public interface IReviewCorrectionStore
{
    void Save(ReviewCorrection correction);

    ReviewCorrection? Find(string id);

    IReadOnlyList<ReviewCorrection> All();
}
