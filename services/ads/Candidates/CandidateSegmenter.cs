using Microsoft.Extensions.Options;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace AdFlux.Ads.Candidates;

/// <summary>
/// K-means (ML.NET, k-means++ initialisation, one thread and a fixed seed so runs repeat) over
/// <see cref="CandidateFeatures"/> for every k in the configured range; the k with the highest mean
/// silhouette wins, and each of its clusters is described by <see cref="SegmentDescriber"/>.
/// </summary>
public sealed class CandidateSegmenter(IOptions<SegmentationOptions> options)
{
    public Segmentation Segment(IReadOnlyList<Candidate> candidates)
    {
        var settings = options.Value;
        if (candidates.Count < SegmentationOptions.MinCandidates)
        {
            throw new ArgumentException($"Segmentation needs at least {SegmentationOptions.MinCandidates} candidates.", nameof(candidates));
        }
        var features = CandidateFeatures.Fit(candidates);
        var vectors = candidates.Select(features.Encode).ToList();
        var ml = new MLContext(seed: settings.Seed);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Dimension);
        var data = ml.Data.LoadFromEnumerable(vectors.Select(v => new FeatureRow { Features = v }), schema);
        var sample = Sample(vectors.Count, settings.SilhouetteSample, settings.Seed);
        var sampled = sample.Select(i => vectors[i]).ToList();

        var scores = new Dictionary<int, double>();
        int[]? best = null;
        var bestScore = double.NegativeInfinity;
        var maxK = Math.Min(settings.MaxK, candidates.Count - 1);
        for (var k = settings.MinK; k <= maxK; k++)
        {
            var labels = Cluster(ml, data, k);
            var score = Silhouette.Mean(sampled, sample.Select(i => labels[i]).ToList());
            scores[k] = score;
            if (score > bestScore)
            {
                bestScore = score;
                best = labels;
            }
        }
        var segments = best!.Select((label, i) => (label, i)).GroupBy(p => p.label)
            .Select(g => g.Select(p => p.i).ToList())
            .OrderByDescending(members => members.Count).ThenBy(members => members[0])
            .Select((members, n) => new SegmentDraft(n + 1,
                SegmentDescriber.Describe(features, [.. members.Select(i => candidates[i])], Centroid(members.Select(i => vectors[i]).ToList())),
                [.. members.Select(i => candidates[i].Id)]))
            .ToList();
        return new Segmentation(segments.Count, bestScore, scores, segments);
    }

    private static int[] Cluster(MLContext ml, IDataView data, int k)
    {
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data);
        return [.. ml.Data.CreateEnumerable<ClusterPrediction>(model.Transform(data), reuseRowObject: false).Select(p => (int)p.Cluster)];
    }

    private static float[] Centroid(IReadOnlyList<float[]> members)
    {
        var centroid = new float[members[0].Length];
        foreach (var vector in members)
        {
            for (var d = 0; d < centroid.Length; d++)
            {
                centroid[d] += vector[d] / members.Count;
            }
        }
        return centroid;
    }

    private static int[] Sample(int count, int size, int seed)
    {
        if (count <= size)
        {
            return [.. Enumerable.Range(0, count)];
        }
        var indices = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(indices);
        return [.. indices.Take(size).Order()];
    }
}
