namespace AdFlux.Video.CutAnalysis;

/// <summary>How a clip starts: the rules proposal compares how clips starting each way performed.</summary>
public static class StartTypes
{
    public const string VideoStart = "video-start";
    public const string CutOnBar = "cut-on-bar";
    public const string Cut = "scene-cut";
    public const string Phrase = "phrase";
    public const string Bar = "bar";
    public const string Pause = "pause";
    public const string Chorus = "chorus";
    public const string Other = "other";
}
