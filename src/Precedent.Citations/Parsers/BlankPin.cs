using Precedent.Citations.Scanning;

namespace Precedent.Citations.Parsers;

/// <summary>
/// A page left blank in a slip opinion: "572 U. S., at ___", "Id., at ___–___". The page numbers of the bound
/// volume are not known yet, so the pin is a run of underscores.
/// </summary>
internal static class BlankPin
{
    private const int MaxRun = 12;

    /// <summary>The end of a blank pin starting at <paramref name="i"/> ("___", "___–___", "___, ___"), or -1.</summary>
    public static int Read(string text, int i)
    {
        var e = Run(text, i);
        if (e < 0)
            return -1;
        // "___–___": a blank range
        if (e + 1 < text.Length && TextScan.IsDash(text[e]))
        {
            var e2 = Run(text, e + 1);
            if (e2 > 0)
                e = e2;
        }
        return e;
    }

    private static int Run(string text, int i)
    {
        var e = i;
        while (e < text.Length && e - i < MaxRun && text[e] == '_')
            e++;
        if (e - i < 2 || e < text.Length && (text[e] == '_' || char.IsLetterOrDigit(text[e])))
            return -1;
        return e;
    }
}
