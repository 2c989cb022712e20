using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace AdFlux.Video.Music;

/// <summary>Magnitude STFT of mono PCM: Hann window, frames centred on <c>i * Hop</c> (zero-padded at the edges).</summary>
public sealed class Spectrogram
{
    public const int FrameSize = 2048;
    public const int Hop = 512;

    private Spectrogram(int sampleRate, double[][] magnitudes)
    {
        SampleRate = sampleRate;
        Magnitudes = magnitudes;
    }

    public int SampleRate { get; }

    /// <summary>[frame][bin], bins 0..FrameSize/2.</summary>
    public double[][] Magnitudes { get; }

    public int Frames => Magnitudes.Length;

    public double FrameSeconds => (double)Hop / SampleRate;

    public double TimeOf(int frame) => frame * FrameSeconds;

    public double FrequencyOf(int bin) => (double)bin * SampleRate / FrameSize;

    public static Spectrogram Compute(ReadOnlySpan<float> pcm, int sampleRate)
    {
        var frames = pcm.Length / Hop + 1;
        var window = MathNet.Numerics.Window.Hann(FrameSize);
        var result = new double[frames][];
        var buffer = new Complex[FrameSize];
        for (var f = 0; f < frames; f++)
        {
            var start = f * Hop - FrameSize / 2;
            for (var i = 0; i < FrameSize; i++)
            {
                var at = start + i;
                buffer[i] = new Complex(at >= 0 && at < pcm.Length ? pcm[at] * window[i] : 0, 0);
            }
            Fourier.Forward(buffer, FourierOptions.NoScaling);
            var magnitudes = new double[FrameSize / 2 + 1];
            for (var b = 0; b < magnitudes.Length; b++)
            {
                magnitudes[b] = buffer[b].Magnitude;
            }
            result[f] = magnitudes;
        }
        return new Spectrogram(sampleRate, result);
    }
}
