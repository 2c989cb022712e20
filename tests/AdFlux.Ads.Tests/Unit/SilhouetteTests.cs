using AdFlux.Ads.Candidates;

namespace AdFlux.Ads.Tests.Unit;

public sealed class SilhouetteTests
{
    [Fact]
    public void Two_pairs_on_a_line_score_the_hand_computed_mean()
    {
        // 0 and 1 in one cluster, 4 and 5 in the other: s = 7/9 for the outer points, 5/7 for the inner ones.
        float[][] points = [[0], [1], [4], [5]];
        Assert.Equal((7.0 / 9 + 5.0 / 7) / 2, Silhouette.Mean(points, [1, 1, 2, 2]), 1e-12);
    }

    [Fact]
    public void A_wrong_split_scores_below_the_right_one_and_can_go_negative()
    {
        float[][] points = [[0, 0], [0, 1], [10, 10], [10, 11]];
        var right = Silhouette.Mean(points, [1, 1, 2, 2]);
        var wrong = Silhouette.Mean(points, [1, 2, 1, 2]);
        Assert.True(right > 0.9);
        Assert.True(wrong < 0);
    }

    [Fact]
    public void A_single_cluster_scores_zero_and_a_lone_point_contributes_zero()
    {
        float[][] points = [[0], [1], [5]];
        Assert.Equal(0, Silhouette.Mean(points, [1, 1, 1]));
        // 0 and 1 together (a = 1, b = 5 and 4), 5 alone (0): (4/5 + 3/4 + 0) / 3.
        Assert.Equal((0.8 + 0.75) / 3, Silhouette.Mean(points, [1, 1, 2]), 1e-12);
    }
}
