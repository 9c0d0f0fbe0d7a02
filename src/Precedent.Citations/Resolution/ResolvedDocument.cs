namespace Precedent.Citations;

/// <summary>
/// Citations with their resolution: what each short form refers to, and the distinct authorities. From any
/// citation to its authority and back, in document order.
/// </summary>
/// <example>
/// <code>
/// var doc = CitationResolver.Default.Resolve(text);
/// foreach (var c in doc.Citations)
///     if (c.Kind == CitationKind.Id)
///         Console.WriteLine($"{c.Text} → {doc.AuthorityOf(c)?.Label ?? doc.UnresolvedReason(c)}");
/// </code>
/// </example>
public sealed class ResolvedDocument
{
    private readonly int?[] _antecedents;
    private readonly int?[] _authorities;
    private readonly string?[] _reasons;
    private readonly int[] _part;
    private readonly int?[] _candidates;
    private readonly string?[] _codes;
    private readonly string?[] _jurisdictions;

    internal ResolvedDocument(string text, IReadOnlyList<Citation> citations, IReadOnlyList<OpinionPart> parts,
        int?[] antecedents, int?[] authorities, string?[] reasons, IReadOnlyList<Authority> authorityList, int[] part,
        int?[] candidates, string?[] codes, string?[] jurisdictions)
    {
        _codes = codes;
        _jurisdictions = jurisdictions;
        _candidates = candidates;
        Text = text;
        Citations = citations;
        Parts = parts;
        _antecedents = antecedents;
        _authorities = authorities;
        _reasons = reasons;
        Authorities = authorityList;
        _part = part;
    }

    /// <summary>The text the offsets index.</summary>
    public string Text { get; }

    /// <summary>Every citation in document order.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Every distinct authority, in order of first citation.</summary>
    public IReadOnlyList<Authority> Authorities { get; }

    /// <summary>The opinion parts used to scope resolution.</summary>
    public IReadOnlyList<OpinionPart> Parts { get; }

    /// <summary>The citation a short form, Id., supra, reference or bare section refers to; null when unresolved.</summary>
    public Citation? AntecedentOf(Citation citation)
        => _antecedents[citation.Index] is { } i ? Citations[i] : null;

    /// <summary>Index form of <see cref="AntecedentOf"/>.</summary>
    public int? AntecedentIndex(int citationIndex) => _antecedents[citationIndex];

    /// <summary>The authority a citation refers to; null when it could not be resolved.</summary>
    public Authority? AuthorityOf(Citation citation)
        => _authorities[citation.Index] is { } i ? Authorities[i] : null;

    /// <summary>Index form of <see cref="AuthorityOf"/>.</summary>
    public int? AuthorityIndex(int citationIndex) => _authorities[citationIndex];

    /// <summary>Why a short form was left unresolved ("no earlier citation of 51 F.3d"); null when resolved.</summary>
    public string? UnresolvedReason(Citation citation) => _reasons[citation.Index];

    /// <summary>
    /// For a short form left unresolved only because its pin cannot lie in the citation it would mean ("Id. at 300"
    /// right after "490 U.S. 386"), that citation; the cite-checker reports the pin. Null otherwise.
    /// </summary>
    public Citation? RejectedAntecedentOf(Citation citation)
        => _candidates[citation.Index] is { } i ? Citations[i] : null;

    /// <summary>
    /// The code a statute, regulation, rule or constitution citation means. A code named without its state
    /// ("Penal Code § 22.02") gets the state's code that the document points to ("Tex. Penal Code Ann."): the state of
    /// the nearest earlier citation of a state's law, else the state most of its case citations come from; when
    /// neither tells, the code stays as named. A bare section ("§ 22.02") gets the code in scope. Null for other kinds.
    /// </summary>
    public string? CodeOf(Citation citation) => _codes[citation.Index];

    /// <summary>
    /// The jurisdiction of a law citation: "us" or a state's lower-case postal code, from the code named or, for a
    /// code named without its state, from the document (see <see cref="CodeOf"/>). Null when unknown or not a law.
    /// </summary>
    public string? JurisdictionOf(Citation citation) => _jurisdictions[citation.Index];

    /// <summary>The opinion part a citation stands in.</summary>
    public OpinionPart PartOf(Citation citation) => Parts[_part[citation.Index]];

    /// <summary>Every citation of an authority, in document order.</summary>
    public IEnumerable<Citation> CitationsOf(Authority authority) => authority.Citations.Select(i => Citations[i]);
}
