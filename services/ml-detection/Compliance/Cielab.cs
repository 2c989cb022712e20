namespace AdFlux.MlDetection.Compliance;

/// <summary>sRGB (D65) to CIELAB and the CIE76 colour difference ΔE*ab (Euclidean distance in L*a*b*).</summary>
public readonly record struct Cielab(double L, double A, double B)
{
    public static Cielab FromRgb(byte r, byte g, byte b)
    {
        var (x, y, z) = (0.0, 0.0, 0.0);
        var (lr, lg, lb) = (Linear(r), Linear(g), Linear(b));
        x = (0.4124564 * lr + 0.3575761 * lg + 0.1804375 * lb) / 0.95047;
        y = 0.2126729 * lr + 0.7151522 * lg + 0.0721750 * lb;
        z = (0.0193339 * lr + 0.1191920 * lg + 0.9503041 * lb) / 1.08883;
        var (fx, fy, fz) = (F(x), F(y), F(z));
        return new Cielab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    public double DeltaE(Cielab other) => Math.Sqrt(Math.Pow(L - other.L, 2) + Math.Pow(A - other.A, 2) + Math.Pow(B - other.B, 2));

    /// <summary>WCAG 2 relative luminance of an sRGB colour (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).</summary>
    public static double Luminance(byte r, byte g, byte b) => 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);

    /// <summary>WCAG 2 contrast ratio, 1 to 21 (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).</summary>
    public static double ContrastRatio(double luminance1, double luminance2) =>
        (Math.Max(luminance1, luminance2) + 0.05) / (Math.Min(luminance1, luminance2) + 0.05);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
}
