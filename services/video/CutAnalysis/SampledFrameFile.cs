namespace AdFlux.Video.CutAnalysis;

public sealed record SampledFrameFile(int Index, double Time, string Path, double Luma, double Saturation);
