namespace AdFlux.Video.Music;

/// <summary>Per bar: when it starts and ends, its loudness (RMS, 0..1 of the loudest bar) and how strongly it repeats elsewhere (0..1).</summary>
public sealed record BarFeatures(double Start, double End, double Energy, double Repetition, int RepeatsBarAt);
