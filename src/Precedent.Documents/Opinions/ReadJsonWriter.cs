using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Precedent.Documents.Opinions;

/// <summary>Writes the <c>precedent.read/1</c> document (contracts/read-json.md): the structure of one opinion.</summary>
public static class ReadJsonWriter
{
    /// <summary>The schema name written in every document.</summary>
    public const string Schema = "precedent.read/1";

    /// <summary>Writes <paramref name="opinion"/> as one JSON object.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="source">The name written as "source".</param>
    /// <param name="opinion">The opinion's structure.</param>
    /// <param name="indented">Indented for reading, or one line (JSON Lines).</param>
    public static void Write(Stream stream, string source, OpinionStructure opinion, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(opinion);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var caption = opinion.Caption;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("source", source);
        if (caption.Court is { } court)
        {
            w.WriteStartObject("court");
            w.WriteString("id", court.Id);
            w.WriteString("name", court.Name);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("court");
        }
        WriteStrings(w, "dockets", caption.Dockets);
        if (caption.Date is { } date)
            w.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            w.WriteNull("date");
        w.WriteString("caseName", caption.CaseName);
        if (caption.Parties is { } parties)
        {
            w.WriteStartObject("parties");
            WriteStrings(w, "plaintiffs", parties.Plaintiffs);
            WriteStrings(w, "defendants", parties.Defendants);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("parties");
        }
        WriteStrings(w, "judges", caption.Judges);

        w.WriteStartArray("parts");
        foreach (var p in opinion.Parts)
        {
            w.WriteStartObject();
            w.WriteString("kind", p.Kind);
            w.WriteString("author", p.Author);
            w.WriteNumber("start", p.Start);
            w.WriteNumber("end", p.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("headings");
        foreach (var h in opinion.Headings)
        {
            w.WriteStartObject();
            w.WriteString("label", h.Label);
            w.WriteString("title", h.Title);
            w.WriteNumber("part", opinion.PartAt(h.Start));
            w.WriteNumber("start", h.Start);
            w.WriteNumber("end", h.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("footnotes");
        foreach (var f in opinion.Footnotes)
        {
            w.WriteStartObject();
            w.WriteString("label", f.Label);
            w.WriteNumber("start", f.Start);
            w.WriteNumber("end", f.End);
            if (f.Anchor >= 0)
                w.WriteNumber("anchor", f.Anchor);
            else
                w.WriteNull("anchor");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (opinion.Disposition is { } d)
        {
            w.WriteStartObject("disposition");
            w.WriteString("kind", d.Kind);
            w.WriteString("text", d.Text);
            w.WriteNumber("start", d.Start);
            w.WriteNumber("end", d.End);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("disposition");
        }
        WriteStrings(w, "standardOfReview", opinion.StandardsOfReview);

        w.WriteStartArray("topics");
        foreach (var t in opinion.Topics)
        {
            w.WriteStartObject();
            w.WriteString("tag", t.Tag);
            w.WriteStartArray("evidence");
            foreach (var e in t.Evidence)
            {
                w.WriteStartObject();
                w.WriteNumber("start", e.Start);
                w.WriteNumber("end", e.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
