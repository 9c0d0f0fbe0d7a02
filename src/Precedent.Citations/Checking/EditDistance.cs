namespace Precedent.Citations.Checking;

/// <summary>Edit distance between two spellings, for suggestions ("F.3e" → "F.3d", "48" → "483").</summary>
internal static class EditDistance
{
    /// <summary>
    /// Insertions, deletions, substitutions and swaps of two neighbours each count one (optimal string alignment).
    /// Letters are compared case-insensitively when <paramref name="ignoreCase"/> is set.
    /// </summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase = false)
    {
        if (a.Length == 0)
            return b.Length;
        if (b.Length == 0)
            return a.Length;
        var width = b.Length + 1;
        var size = (a.Length + 1) * width;
        Span<int> d = size <= 1024 ? stackalloc int[size] : new int[size];
        for (var i = 0; i <= a.Length; i++)
            d[i * width] = i;
        for (var j = 0; j <= b.Length; j++)
            d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1], ignoreCase) ? 0 : 1;
                var v = Math.Min(Math.Min(d[((i - 1) * width) + j] + 1, d[(i * width) + j - 1] + 1), d[((i - 1) * width) + j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2], ignoreCase) && Same(a[i - 2], b[j - 1], ignoreCase))
                    v = Math.Min(v, d[((i - 2) * width) + j - 2] + 1);
                d[(i * width) + j] = v;
            }
        }
        return d[(a.Length * width) + b.Length];
    }

    private static bool Same(char x, char y, bool ignoreCase)
        => x == y || (ignoreCase && char.ToLowerInvariant(x) == char.ToLowerInvariant(y));
}
