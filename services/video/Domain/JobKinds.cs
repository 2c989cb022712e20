namespace AdFlux.Video.Domain;

public static class JobKinds
{
    public const string CutAnalysis = "cut-analysis";
    public const string RenderVariants = "render-variants";
}
