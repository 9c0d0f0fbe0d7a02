using System.Buffers;
using Precedent.Citations;

namespace Precedent.Documents.Opinions;

/// <summary>
/// Finds the standards of review the court states it applies ("We review … de novo", "reviewed for an abuse of
/// discretion", "findings … are not clearly erroneous" under a stated standard), in the lead part only.
/// </summary>
/// <remarks>
/// <para>Names returned (a fixed set): "de novo" (also "plenary review"), "abuse of discretion", "clear error"
/// ("clearly erroneous"), "plain error", "substantial evidence", "arbitrary and capricious", "sufficiency of the
/// evidence", "manifest weight" ("manifest weight of the evidence"), "harmless error", "reasonableness" (review of
/// a sentence "for reasonableness").</para>
/// <para>A phrase counts only in a sentence that speaks of review: it contains "review", "standard", "our
/// review", "we accept", "we will not disturb"… within the same sentence. "The district court abused its
/// discretion" alone is a holding, not a standard, and is not counted. Linear; never throws.</para>
/// </remarks>
public static class StandardOfReviewReader
{
    /// <summary>The names this reader returns, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "de novo", "abuse of discretion", "clear error", "plain error", "substantial evidence",
        "arbitrary and capricious", "sufficiency of the evidence", "manifest weight", "harmless error",
        "reasonableness",
    ];

    private static readonly (string Phrase, string Name)[] Phrases =
    [
        ("de novo", "de novo"),
        ("plenary review", "de novo"),
        ("review is plenary", "de novo"),
        ("is plenary", "de novo"),
        ("abuse of discretion", "abuse of discretion"),
        ("abuse-of-discretion", "abuse of discretion"),
        ("abused its discretion", "abuse of discretion"),
        ("abuses its discretion", "abuse of discretion"),
        ("abuse of its discretion", "abuse of discretion"),
        ("clear error", "clear error"),
        ("clear-error", "clear error"),
        ("clearly erroneous", "clear error"),
        ("plain error", "plain error"),
        ("plain-error", "plain error"),
        ("substantial evidence", "substantial evidence"),
        ("arbitrary and capricious", "arbitrary and capricious"),
        ("arbitrary or capricious", "arbitrary and capricious"),
        ("arbitrary-and-capricious", "arbitrary and capricious"),
        ("arbitrary, capricious", "arbitrary and capricious"),
        ("sufficiency of the evidence", "sufficiency of the evidence"),
        ("sufficiency of evidence", "sufficiency of the evidence"),
        ("legal sufficiency of the evidence", "sufficiency of the evidence"),
        ("evidence is legally sufficient", "sufficiency of the evidence"),
        ("manifest weight of the evidence", "manifest weight"),
        ("against the manifest weight", "manifest weight"),
        ("harmless error", "harmless error"),
        ("harmless-error", "harmless error"),
        ("harmless beyond a reasonable doubt", "harmless error"),
        ("for reasonableness", "reasonableness"),
        ("reasonableness review", "reasonableness"),
    ];

    private static readonly SearchValues<string> PhraseSearch =
        SearchValues.Create(Phrases.Select(p => p.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Cues = SearchValues.Create(
        [
            "review", "standard", "we accept", "we will not", "we may not", "we will uphold", "we uphold", "we defer",
            "we apply", "we consider", "we examine", "we determine whether", "we must determine", "we ask whether",
            "we will affirm", "we will reverse", "we look", "we evaluate", "we assess", "deferential", "scrutinize",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The standards of review the lead part states, by their names (see remarks), in order of first mention.
    /// </summary>
    /// <param name="text">The opinion text.</param>
    /// <param name="parts">Its parts; an empty list reads the whole text as the lead part.</param>
    public static IReadOnlyList<string> Read(string text, IReadOnlyList<OpinionPart> parts)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text))
            return found;
        try
        {
            var lead = OpinionSentences.Lead(text, parts);
            if (lead is null)
                return found;
            foreach (var sentence in OpinionSentences.Split(text, lead.Value.Start, lead.Value.End))
            {
                var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
                if (span.IndexOfAny(PhraseSearch) < 0 || span.IndexOfAny(Cues) < 0)
                    continue;
                Collect(span, found);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // Keep what was found.
        }
        return found;
    }

    private static void Collect(ReadOnlySpan<char> sentence, List<string> found)
    {
        int offset = 0;
        while (offset < sentence.Length)
        {
            int at = sentence[offset..].IndexOfAny(PhraseSearch);
            if (at < 0)
                return;
            at += offset;
            // The longest phrase matching here, word-bounded.
            int bestLength = 0;
            string? name = null;
            foreach (var (phrase, n) in Phrases)
            {
                if (phrase.Length > bestLength && sentence[at..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                    && (at == 0 || !char.IsLetterOrDigit(sentence[at - 1]))
                    && (at + phrase.Length == sentence.Length || !char.IsLetterOrDigit(sentence[at + phrase.Length])))
                {
                    bestLength = phrase.Length;
                    name = n;
                }
            }
            if (name is not null && !found.Contains(name))
                found.Add(name);
            offset = at + Math.Max(1, bestLength);
        }
    }
}
