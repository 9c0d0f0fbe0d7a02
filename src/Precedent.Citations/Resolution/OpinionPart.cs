using System.Text.RegularExpressions;

namespace Precedent.Citations;

/// <summary>A part of an opinion (majority, dissent, …) as a span of the text.</summary>
/// <param name="Kind">Contract name: majority, concurrence, dissent, concurrence_in_part_dissent_in_part, …</param>
/// <param name="Author">Surname of the author when stated.</param>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record OpinionPart(string Kind, string? Author, int Start, int End);

/// <summary>
/// Finds where separate opinions begin ("SEYMOUR, Circuit Judge, dissenting.", "Justice Scalia, concurring."),
/// so that resolution never lets "Id." reach across from a dissent into the majority. The full opinion reader
/// in Precedent.Documents refines this; the citation engine needs only the boundaries.
/// </summary>
public static partial class OpinionParts
{
    [GeneratedRegex(@"^[ \t]*(?:(?:Mr\.\s+|Chief\s+)?Justice\s+)?(?<name>[A-Z][A-Za-z'\-]+(?:\s[A-Z][A-Za-z'\-]+)?),?\s+(?:(?:Senior\s+|Chief\s+)?(?:Circuit|District|Chief|Associate)?\s*(?:Judge|Justice|J\.|C\.J\.)(?:,|\s))?\s*(?<kind>concurring\s+in\s+part\s+and\s+dissenting\s+in\s+part|dissenting\s+in\s+part\s+and\s+concurring\s+in\s+part|concurring\s+in\s+(?:the\s+)?(?:judgment|result)|dissenting|concurring|with\s+whom[^\n]{0,200}?(?:dissenting|concurring))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PartHeading();

    /// <summary>The parts of an opinion text: a leading majority, then each separate opinion in order.</summary>
    public static IReadOnlyList<OpinionPart> Detect(string text)
    {
        var parts = new List<OpinionPart>();
        var starts = new List<(int Start, string Kind, string Author)>();
        try
        {
            foreach (var m in HeadingLines(text))
            {
                var kindText = m.Groups["kind"].Value;
                var kind = kindText.Contains("dissenting", StringComparison.Ordinal) && kindText.Contains("concurring", StringComparison.Ordinal)
                    ? (kindText.StartsWith("with", StringComparison.Ordinal) ? (kindText.EndsWith("dissenting", StringComparison.Ordinal) ? "dissent" : "concurrence") : "concurrence_in_part_dissent_in_part")
                    : kindText.Contains("dissenting", StringComparison.Ordinal) ? "dissent"
                    : kindText.Contains("judgment", StringComparison.Ordinal) || kindText.Contains("result", StringComparison.Ordinal) ? "concurrence_in_judgment"
                    : "concurrence";
                var name = m.Groups["name"].Value;
                if (name is "The" or "We" or "I" or "Judge" or "Justice")
                    continue;
                starts.Add((m.Index, kind, ToSurname(name)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            starts.Clear();
        }
        starts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var previous = 0;
        string prevKind = "majority";
        string? prevAuthor = null;
        foreach (var (start, kind, author) in starts)
        {
            if (start <= previous)
                continue;
            // A slip opinion repeats "ALITO, J., dissenting" as the running head of every page: the same part.
            if (kind == prevKind && author == prevAuthor)
                continue;
            parts.Add(new OpinionPart(prevKind, prevAuthor, previous, start));
            previous = start;
            prevKind = kind;
            prevAuthor = author;
        }
        parts.Add(new OpinionPart(prevKind, prevAuthor, previous, text.Length));
        return parts;
    }

    /// <summary>
    /// Runs the heading pattern only on lines that contain "dissenting" or "concurring" (found with a vectorised
    /// IndexOf), so detection stays linear and cheap on long opinions.
    /// </summary>
    private static IEnumerable<Match> HeadingLines(string text)
    {
        var lastLine = -1;
        foreach (var word in (string[])["dissenting", "concurring"])
        {
            var pos = 0;
            while (pos < text.Length)
            {
                var i = text.IndexOf(word, pos, StringComparison.Ordinal);
                if (i < 0)
                    break;
                pos = i + word.Length;
                var lineStart = text.LastIndexOf('\n', i) + 1;
                if (i - lineStart > 240 || lineStart == lastLine)
                    continue;
                lastLine = lineStart;
                var lineEnd = text.IndexOf('\n', i);
                var m = PartHeading().Match(text, lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
                if (m.Success && IsAtLineStart(text, m.Index))
                    yield return m;
            }
        }
    }

    private static bool IsAtLineStart(string text, int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\t')
            i--;
        return i == 0 || text[i - 1] == '\n';
    }

    private static string ToSurname(string name)
    {
        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return last.Length > 1 && last.All(c => !char.IsLetter(c) || char.IsUpper(c))
            ? char.ToUpperInvariant(last[0]) + last[1..].ToLowerInvariant()
            : last;
    }
}
