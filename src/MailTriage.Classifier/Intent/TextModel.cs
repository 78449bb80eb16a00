using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MailTriage.Classifier.Intent;

/// <summary>
/// A trained text classifier ready to serve. PredictionEngine is not thread-safe, so engines are pooled;
/// class names come from the score column's slot names, never from their position in the training data.
/// </summary>
public sealed class TextModel
{
    private readonly ObjectPool<PredictionEngine<TextModelInput, TextModelOutput>> _engines;
    private readonly string[] _classes;

    public TextModel(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        Transformer = model;
        InputSchema = inputSchema;
        _engines = new DefaultObjectPool<PredictionEngine<TextModelInput, TextModelOutput>>(
            new EnginePolicy(ml, model), Environment.ProcessorCount * 2);
        _classes = ReadClassNames(model.GetOutputSchema(inputSchema));
    }

    public ITransformer Transformer { get; }

    public DataViewSchema InputSchema { get; }

    public IReadOnlyList<string> Classes => _classes;

    public static TextModel Load(Stream zip)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(zip, out var schema);
        return new TextModel(ml, model, schema);
    }

    public void Save(Stream destination)
    {
        new MLContext(seed: 1).Model.Save(Transformer, InputSchema, destination);
    }

    public ClassScores Predict(string text)
    {
        var engine = _engines.Get();
        try
        {
            var output = engine.Predict(new TextModelInput { Text = text });
            var scores = new KeyValuePair<string, float>[_classes.Length];
            for (var i = 0; i < _classes.Length; i++)
            {
                scores[i] = new(_classes[i], output.Score[i]);
            }

            Array.Sort(scores, static (a, b) => b.Value.CompareTo(a.Value));
            return new ClassScores(scores);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    private static string[] ReadClassNames(DataViewSchema outputSchema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        outputSchema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model)
        : PooledObjectPolicy<PredictionEngine<TextModelInput, TextModelOutput>>
    {
        public override PredictionEngine<TextModelInput, TextModelOutput> Create() =>
            ml.Model.CreatePredictionEngine<TextModelInput, TextModelOutput>(model);

        public override bool Return(PredictionEngine<TextModelInput, TextModelOutput> obj) => true;
    }
}

/// <summary>Per-class probabilities, best first.</summary>
public sealed record ClassScores(IReadOnlyList<KeyValuePair<string, float>> Ranked)
{
    public string Top => Ranked[0].Key;
    public float TopScore => Ranked[0].Value;
}
