using System.Text.Encodings.Web;
using System.Text.Json;

namespace Precedent.Citations.Output;

/// <summary>A cite-check finding attached to one citation.</summary>
/// <param name="Code">Stable code, "PR012".</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Message">One line.</param>
/// <param name="Suggestion">Corrected text, when there is one.</param>
public sealed record Diagnostic(string Code, string Severity, string Message, string? Suggestion);

/// <summary>
/// Writes the <c>precedent.cite/1</c> document (contracts/cite-json.md): citations in document order with their
/// parts and resolution, and the list of authorities.
/// </summary>
public static class CiteJsonWriter
{
    /// <summary>The schema name written in every document.</summary>
    public const string Schema = "precedent.cite/1";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the whole document.</summary>
    public static void Write(Stream stream, string source, ResolvedDocument doc, bool indented = true,
        IReadOnlyDictionary<int, IReadOnlyList<Diagnostic>>? diagnostics = null)
    {
        using var w = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("source", source);
        w.WriteNumber("length", doc.Text.Length);
        w.WriteStartArray("citations");
        foreach (var c in doc.Citations)
            WriteCitation(w, doc, c, diagnostics);
        w.WriteEndArray();
        w.WriteStartArray("authorities");
        foreach (var a in doc.Authorities)
            WriteAuthority(w, a);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes one citation as a single JSON object (used by the jsonl format too).</summary>
    public static void WriteCitation(Utf8JsonWriter w, ResolvedDocument doc, Citation c,
        IReadOnlyDictionary<int, IReadOnlyList<Diagnostic>>? diagnostics = null)
    {
        w.WriteStartObject();
        w.WriteNumber("index", c.Index);
        w.WriteString("kind", c.Kind.ToContractName());
        w.WriteNumber("start", c.Start);
        w.WriteNumber("end", c.End);
        w.WriteString("text", c.Text);
        w.WriteNumber("fullStart", c.FullStart);
        w.WriteNumber("fullEnd", c.FullEnd);
        w.WriteString("volume", c.Volume);
        w.WriteString("reporter", c.Reporter);
        w.WriteString("reporterNormalized", c.ReporterNormalized);
        w.WriteString("page", c.Page);
        w.WriteString("pinCite", c.PinCite);
        WriteInt(w, "year", c.Year);
        w.WriteString("court", c.Court);
        w.WriteString("caseName", c.CaseName);
        w.WriteString("plaintiff", c.Plaintiff);
        w.WriteString("defendant", c.Defendant);
        w.WriteString("signal", c.Signal);
        w.WriteStartArray("parentheticals");
        foreach (var p in c.Parentheticals)
            w.WriteStringValue(p);
        w.WriteEndArray();
        w.WriteStartArray("history");
        foreach (var h in c.History)
        {
            w.WriteStartObject();
            w.WriteString("relation", h.Relation);
            WriteInt(w, "citation", h.Citation);
            w.WriteString("text", h.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteInt(w, "nestedIn", c.NestedIn);
        WriteInt(w, "parallelOf", c.ParallelOf);
        w.WriteString("title", c.Title);
        // the code resolved ("Penal Code" in a Texas opinion is the Texas Penal Code), else as written
        w.WriteString("code", doc.CodeOf(c) ?? c.Code);
        w.WriteString("section", c.Section);
        WriteInt(w, "antecedent", doc.AntecedentIndex(c.Index));
        WriteInt(w, "authority", doc.AuthorityIndex(c.Index));
        // Additions beyond the contract's first version (allowed: "add fields freely").
        w.WriteString("alias", c.Alias);
        w.WriteString("courtText", c.CourtText);
        w.WriteString("date", c.DateText);
        if (doc.JurisdictionOf(c) is { } jurisdiction)
            w.WriteString("jurisdiction", jurisdiction);
        if (doc.UnresolvedReason(c) is { } reason)
            w.WriteString("unresolved", reason);
        w.WriteStartArray("diagnostics");
        if (diagnostics is not null && diagnostics.TryGetValue(c.Index, out var list))
        {
            foreach (var d in list)
            {
                w.WriteStartObject();
                w.WriteString("code", d.Code);
                w.WriteString("severity", d.Severity);
                w.WriteString("message", d.Message);
                w.WriteString("suggestion", d.Suggestion);
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAuthority(Utf8JsonWriter w, Authority a)
    {
        w.WriteStartObject();
        w.WriteNumber("index", a.Index);
        w.WriteString("kind", a.Kind);
        w.WriteString("label", a.Label);
        w.WriteStartArray("citations");
        foreach (var i in a.Citations)
            w.WriteNumberValue(i);
        w.WriteEndArray();
        w.WriteString("shortName", a.ShortName);
        w.WriteStartObject("counts");
        foreach (var (part, count) in a.CountsByPart)
            w.WriteNumber(part, count);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteInt(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
            w.WriteNumber(name, v);
        else
            w.WriteNull(name);
    }
}
