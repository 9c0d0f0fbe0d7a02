using System.Reflection;
using System.Text.Json;
using Precedent.Citations;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Tags an opinion with topics of a fixed vocabulary (embedded file Data/topics.json: "qualified immunity",
/// "excessive force", "§ 1983", "summary judgment", "habeas corpus"…). A topic is given when its phrases
/// (case-insensitive, whole words) and cited statutes are mentioned at least the topic's minimum number of times.
/// </summary>
/// <remarks>
/// One pass over the text's words: each word is looked up in an index of the phrases' first words and the few
/// phrases starting with it are compared word by word. Between the words of a phrase, white space, hyphens and
/// apostrophes are interchangeable ("summary-judgment", "workers compensation"); other punctuation must be as in
/// the phrase ("U.S.S.G.", "12(b)(6)"). Linear in the length of the text; never throws.
/// </remarks>
public static class TopicTagger
{
    /// <summary>Most evidence spans kept per tag.</summary>
    public const int MaxEvidence = 10;

    private sealed record Phrase(int Topic, string[] Words, string[] Gaps);

    private sealed record Statute(int Topic, string? Title, string Code, string Section);

    private sealed record Vocabulary(string[] Tags, int[] Minimums, Dictionary<string, Phrase[]> ByFirstWord, Statute[] Statutes);

    private static readonly Lazy<Vocabulary> Default = new(Load);

    /// <summary>The tags of the vocabulary, in its order.</summary>
    public static IReadOnlyList<string> Tags => Default.Value.Tags;

    /// <summary>
    /// The topics of <paramref name="text"/>, the most mentioned first (ties in vocabulary order), each with up to
    /// <see cref="MaxEvidence"/> spans of the phrases or statute citations that triggered it, in text order.
    /// </summary>
    /// <param name="text">The opinion text.</param>
    /// <param name="citations">Citations found in the text; statute citations count for topics that list them.</param>
    public static IReadOnlyList<Topic> Tag(string text, IReadOnlyList<Citation>? citations = null)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        try
        {
            return TagCore(text, citations);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            return [];
        }
    }

    private static List<Topic> TagCore(string text, IReadOnlyList<Citation>? citations)
    {
        var vocabulary = Default.Value;
        var hits = new List<TextSpan>?[vocabulary.Tags.Length];
        var words = OpinionSentences.Words(text, 0, text.Length, punctuation: false);
        var lookup = vocabulary.ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < words.Count; i++)
        {
            var first = words[i];
            if (first.End - first.Start > 40 || !lookup.TryGetValue(text.AsSpan(first.Start, first.End - first.Start), out var phrases))
                continue;
            foreach (var phrase in phrases)
            {
                int end = Match(text, words, i, phrase);
                if (end < 0)
                    continue;
                (hits[phrase.Topic] ??= []).Add(new TextSpan(first.Start, end));
            }
        }

        if (citations is not null && vocabulary.Statutes.Length > 0)
        {
            foreach (var citation in citations)
            {
                if (citation is null || citation.Code is null || citation.Section is null)
                    continue;
                if (citation.Start < 0 || citation.End > text.Length || citation.End <= citation.Start)
                    continue;
                foreach (var statute in vocabulary.Statutes)
                {
                    if (Matches(citation, statute))
                        (hits[statute.Topic] ??= []).Add(new TextSpan(citation.Start, citation.End));
                }
            }
        }

        var found = new List<(int Count, int Topic, List<TextSpan> Evidence)>();
        for (int t = 0; t < hits.Length; t++)
        {
            var list = hits[t];
            if (list is null)
                continue;
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            var kept = new List<TextSpan>();
            int count = 0, lastEnd = -1;
            foreach (var span in list)
            {
                if (span.Start < lastEnd)
                    continue; // overlaps a mention already counted ("42 U.S.C. § 1983" and its "§ 1983")
                lastEnd = span.End;
                count++;
                if (kept.Count < MaxEvidence)
                    kept.Add(span);
            }
            if (count >= vocabulary.Minimums[t])
                found.Add((count, t, kept));
        }
        found.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Topic.CompareTo(b.Topic));
        return found.ConvertAll(f => new Topic(vocabulary.Tags[f.Topic], f.Evidence));
    }

    // End offset of the phrase matched at word i, or -1.
    private static int Match(string text, List<TextSpan> words, int i, Phrase phrase)
    {
        if (i + phrase.Words.Length > words.Count)
            return -1;
        for (int w = 1; w < phrase.Words.Length; w++)
        {
            var previous = words[i + w - 1];
            var word = words[i + w];
            if (word.Start - previous.End > 8)
                return -1;
            if (!text.AsSpan(word.Start, word.End - word.Start).Equals(phrase.Words[w], StringComparison.OrdinalIgnoreCase))
                return -1;
            if (!GapMatches(text.AsSpan(previous.End, word.Start - previous.End), phrase.Gaps[w - 1]))
                return -1;
        }
        return words[i + phrase.Words.Length - 1].End;
    }

    private static bool GapMatches(ReadOnlySpan<char> gap, string expected)
    {
        int e = 0;
        foreach (char c in gap)
        {
            if (IsLooseSeparator(c))
                continue;
            if (e >= expected.Length || expected[e] != c)
                return false;
            e++;
        }
        return e == expected.Length;
    }

    private static bool IsLooseSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2013' or '\'' or '\u2019';

    private static bool Matches(Citation citation, Statute statute)
    {
        if (!SameCode(citation.Code!, statute.Code))
            return false;
        if (statute.Title is not null && !string.Equals(citation.Title?.Trim(), statute.Title, StringComparison.OrdinalIgnoreCase))
            return false;
        var section = citation.Section!.AsSpan().Trim();
        if (!section.StartsWith(statute.Section, StringComparison.OrdinalIgnoreCase))
            return false;
        return section.Length == statute.Section.Length || !char.IsLetterOrDigit(section[statute.Section.Length]);
    }

    private static bool SameCode(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && (char.IsWhiteSpace(a[i]) || a[i] == '.'))
                i++;
            while (j < b.Length && (char.IsWhiteSpace(b[j]) || b[j] == '.'))
                j++;
            if (i == a.Length || j == b.Length)
                return i == a.Length && j == b.Length;
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
                return false;
            i++;
            j++;
        }
    }

    private static Vocabulary Load()
    {
        var tags = new List<string>();
        var minimums = new List<int>();
        var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        var statutes = new List<Statute>();
        using var stream = typeof(TopicTagger).Assembly.GetManifestResourceStream("Precedent.Documents.Opinions.Data.topics.json")
            ?? throw new InvalidOperationException("The topic vocabulary is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        foreach (var topic in document.RootElement.GetProperty("topics").EnumerateArray())
        {
            int index = tags.Count;
            tags.Add(topic.GetProperty("tag").GetString()!);
            minimums.Add(topic.TryGetProperty("min", out var min) ? Math.Max(1, min.GetInt32()) : 2);
            if (topic.TryGetProperty("phrases", out var phrases))
            {
                foreach (var p in phrases.EnumerateArray())
                {
                    var phrase = Compile(index, p.GetString() ?? "");
                    if (phrase is null)
                        continue;
                    if (!byFirst.TryGetValue(phrase.Words[0], out var list))
                        byFirst[phrase.Words[0]] = list = [];
                    list.Add(phrase);
                }
            }
            if (topic.TryGetProperty("statutes", out var laws))
            {
                foreach (var s in laws.EnumerateArray())
                {
                    var statute = ParseStatute(index, s.GetString() ?? "");
                    if (statute is not null)
                        statutes.Add(statute);
                }
            }
        }
        var index2 = new Dictionary<string, Phrase[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, list) in byFirst)
            index2[word] = [.. list];
        return new Vocabulary([.. tags], [.. minimums], index2, [.. statutes]);
    }

    private static Phrase? Compile(int topic, string phrase)
    {
        var spans = OpinionSentences.Words(phrase, 0, phrase.Length, punctuation: false);
        if (spans.Count == 0)
            return null;
        var words = new string[spans.Count];
        var gaps = new string[spans.Count - 1];
        for (int i = 0; i < spans.Count; i++)
        {
            words[i] = phrase[spans[i].Start..spans[i].End];
            if (i > 0)
            {
                var gap = phrase.AsSpan(spans[i - 1].End, spans[i].Start - spans[i - 1].End);
                var kept = new System.Text.StringBuilder();
                foreach (char c in gap)
                {
                    if (!IsLooseSeparator(c))
                        kept.Append(c);
                }
                gaps[i - 1] = kept.ToString();
            }
        }
        return new Phrase(topic, words, gaps);
    }

    // "42 U.S.C. § 1983", "Fed. R. Civ. P. 56", "U.S. Const. amend. IV".
    private static Statute? ParseStatute(int topic, string s)
    {
        s = s.Trim();
        int section = s.IndexOf('\u00A7');
        if (section > 0)
        {
            var head = s[..section].Trim();
            int space = head.IndexOf(' ');
            return space > 0
                ? new Statute(topic, head[..space], head[(space + 1)..].Trim(), s[(section + 1)..].Trim())
                : new Statute(topic, null, head, s[(section + 1)..].Trim());
        }
        if (s.StartsWith("U.S. Const.", StringComparison.Ordinal))
            return new Statute(topic, null, "U.S. Const.", s["U.S. Const.".Length..].Trim());
        int last = s.LastIndexOf(' ');
        return last > 0 ? new Statute(topic, null, s[..last].Trim(), s[(last + 1)..].Trim()) : null;
    }
}
