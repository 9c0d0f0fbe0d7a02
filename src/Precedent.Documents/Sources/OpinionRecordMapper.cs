using System.Text;
using Precedent.Documents.Readers;

namespace Precedent.Documents.Sources;

/// <summary>
/// Turns one record (a CourtListener opinion, a Caselaw Access Project case, or a record of our own corpus) into an
/// <see cref="OpinionSource"/>: chooses the text, converts markup, and gathers the metadata.
/// </summary>
internal static class OpinionRecordMapper
{
    /// <summary>Plain-text fields, tried first, in order.</summary>
    private static readonly string[] PlainFields = ["plain_text", "text"];

    /// <summary>Markup fields, tried after the plain ones, in order.</summary>
    private static readonly string[] MarkupFields =
        ["html_with_citations", "html", "html_lawbox", "html_columbia", "html_anon_2020", "xml_harvard"];

    /// <summary>Fields only CourtListener records have: their numeric ids are CourtListener opinion ids.</summary>
    private static readonly string[] CourtListenerMarks =
    [
        "plain_text", "html_with_citations", "html_lawbox", "html_columbia", "html_anon_2020", "xml_harvard",
        "cluster", "cluster_id", "resource_uri", "absolute_url", "author_str", "local_path", "sha1",
    ];

    /// <summary>The citation fields of a CourtListener v3 cluster, one citation each.</summary>
    private static readonly string[] ClusterCiteFields =
    [
        "neutral_cite", "federal_cite_one", "federal_cite_two", "federal_cite_three", "state_cite_one",
        "state_cite_two", "state_cite_three", "state_cite_regional", "specialty_cite_one", "scotus_early_cite",
        "lexis_cite", "westlaw_cite",
    ];

    /// <summary>
    /// Maps a record. <paramref name="path"/> becomes <see cref="SourceDocument.Path"/>; <paramref name="where"/>
    /// names the record in error messages ("opinions.jsonl line 17").
    /// </summary>
    /// <exception cref="DocumentReadException">The record has no text.</exception>
    public static OpinionSource Map(RecordFields record, string path, string where)
    {
        bool cap = record.Has("casebody") || (record.Has("decision_date") && (record.Has("name_abbreviation") || record.Has("name")));
        (SourceDocument? document, IReadOnlyList<SourceOpinionPart> parts) = cap ? CapText(record, path) : (null, []);
        if (document is null)
            (document, parts) = GenericText(record, path);
        if (document is null)
        {
            string fields = cap ? "casebody, plain_text, text, html" : string.Join(", ", [.. PlainFields, .. MarkupFields]);
            throw DocumentReadException.For(where, $"has no opinion text ({fields}: all missing or empty)");
        }

        OpinionMetadata metadata = cap ? CapMetadata(record, parts) : CourtListenerMetadata(record, parts, document.Text.Length);
        return new OpinionSource(document, metadata);
    }

    /// <summary>The id a record would be known by, for naming it before it is mapped ("courtlistener:123").</summary>
    public static string? IdOf(RecordFields record)
    {
        bool cap = record.Has("casebody") || (record.Has("decision_date") && record.Has("name_abbreviation"));
        return IdOf(record, cap);
    }

    private static string? IdOf(RecordFields record, bool cap)
    {
        string? id = FieldValues.Clean(record.String("id"));
        if (id is null || !id.All(char.IsAsciiDigit))
            return id;
        if (cap)
            return "cap:" + id;
        foreach (string mark in CourtListenerMarks)
        {
            if (record.Has(mark))
                return "courtlistener:" + id;
        }

        return id;
    }

    private static (SourceDocument?, IReadOnlyList<SourceOpinionPart>) GenericText(RecordFields record, string path)
    {
        foreach (string field in PlainFields)
        {
            string? text = record.String(field);
            if (!string.IsNullOrWhiteSpace(text))
                return (PlainDocument(path, text), []);
        }

        foreach (string field in MarkupFields)
        {
            string? markup = record.String(field);
            if (string.IsNullOrWhiteSpace(markup))
                continue;
            (SourceDocument document, IReadOnlyList<SourceOpinionPart> parts) = MarkupDocument(path, markup, field == "xml_harvard");
            if (!string.IsNullOrWhiteSpace(document.Text))
                return (document, parts);
        }

        return (null, []);
    }

    private static SourceDocument PlainDocument(string path, string text)
        => new(path, DocumentFormat.Text, text, TextDocumentReader.PageStartsAtFormFeeds(text), []);

    private static (SourceDocument, IReadOnlyList<SourceOpinionPart>) MarkupDocument(string path, string markup, bool capXml)
    {
        if (capXml || CapBodyReader.LooksLikeCapXml(markup))
        {
            CapBodyReader.Result result = CapBodyReader.Read(markup);
            return (new SourceDocument(path, DocumentFormat.Html, result.Text, [0], result.Footnotes), result.Parts);
        }

        return (HtmlDocumentReader.Read(path, Encoding.UTF8.GetBytes(markup)), []);
    }

    private static (SourceDocument?, IReadOnlyList<SourceOpinionPart>) CapText(RecordFields record, string path)
    {
        RecordFields? body = record.Object("casebody");
        if (body is null)
        {
            string? whole = record.String("casebody");
            return string.IsNullOrWhiteSpace(whole) ? (null, []) : BodyString(path, whole);
        }

        RecordFields? structured = body.Object("data")
            ?? (body.Has("opinions") || body.Has("head_matter") ? body : null);
        if (structured is not null)
            return Structured(path, structured);
        string? data = body.String("data");
        return string.IsNullOrWhiteSpace(data) ? (null, []) : BodyString(path, data);
    }

    private static (SourceDocument?, IReadOnlyList<SourceOpinionPart>) BodyString(string path, string data)
    {
        if (data.AsSpan().TrimStart().StartsWith("<"))
        {
            (SourceDocument document, IReadOnlyList<SourceOpinionPart> parts) = MarkupDocument(path, data, capXml: true);
            return string.IsNullOrWhiteSpace(document.Text) ? (null, []) : (document, parts);
        }

        return (PlainDocument(path, data), []);
    }

    /// <summary>
    /// CAP's text form: the head matter, then each opinion, separated by a blank line; each opinion becomes a part
    /// covering exactly its text.
    /// </summary>
    private static (SourceDocument?, IReadOnlyList<SourceOpinionPart>) Structured(string path, RecordFields data)
    {
        var text = new StringBuilder();
        var parts = new List<SourceOpinionPart>();
        string? head = data.String("head_matter");
        if (!string.IsNullOrWhiteSpace(head))
            text.Append(head.TrimEnd());
        foreach (RecordFields opinion in data.Objects("opinions"))
        {
            string? body = opinion.String("text");
            if (string.IsNullOrWhiteSpace(body))
                continue;
            body = body.TrimEnd();
            if (text.Length > 0)
                text.Append("\n\n");
            int start = text.Length;
            text.Append(body);
            parts.Add(new SourceOpinionPart(
                OpinionKinds.Normalize(opinion.String("type")), FieldValues.Clean(opinion.String("author")), start, text.Length));
        }

        if (text.Length == 0 || string.IsNullOrWhiteSpace(text.ToString()))
            return (null, []);
        return (PlainDocument(path, text.ToString()), parts);
    }

    private static OpinionMetadata CapMetadata(RecordFields record, IReadOnlyList<SourceOpinionPart> parts)
    {
        RecordFields? court = record.Object("court");
        string? courtName = court is not null
            ? FieldValues.Clean(court.First("name", "name_abbreviation", "slug"))
            : FieldValues.Clean(record.String("court"));
        var dockets = new Distinct();
        dockets.AddAll(record.Strings("docket_number"));
        dockets.AddAll(record.Strings("docket_numbers"));
        var citations = new Distinct();
        AddCitations(record, citations);
        return new OpinionMetadata(
            IdOf(record, cap: true),
            FieldValues.Clean(record.First("name_abbreviation", "name")),
            FieldValues.Clean(record.String("name")),
            courtName,
            FieldValues.Date(record.String("decision_date")),
            dockets.Items,
            citations.Items,
            parts);
    }

    private static OpinionMetadata CourtListenerMetadata(RecordFields record, IReadOnlyList<SourceOpinionPart> parts, int length)
    {
        RecordFields? cluster = record.Object("cluster");
        RecordFields? docket = record.Object("docket") ?? cluster?.Object("docket");
        RecordFields? extra = record.Object("extra");
        RecordFields? courtObject = record.Object("court") ?? docket?.Object("court");

        string? caseName = FieldValues.Clean(record.First("case_name", "caseName")
            ?? cluster?.First("case_name", "case_name_short") ?? docket?.First("case_name", "case_name_short"));
        string? caseNameFull = FieldValues.Clean(record.First("case_name_full", "caseNameFull")
            ?? cluster?.First("case_name_full") ?? docket?.First("case_name_full") ?? extra?.First("full_name"));
        string? court = FieldValues.Clean(courtObject?.First("full_name", "name", "short_name", "id")
            ?? CourtOf(record.String("court")) ?? record.String("court_id") ?? CourtOf(docket?.String("court"))
            ?? docket?.String("court_id"));
        DateOnly? date = FieldValues.Date(record.First("date_filed", "dateFiled", "date", "decision_date")
            ?? cluster?.First("date_filed") ?? docket?.First("date_filed"));

        var dockets = new Distinct();
        dockets.AddAll(record.Strings("docket_number"));
        dockets.AddAll(record.Strings("docketNumber"));
        dockets.AddAll(docket?.Strings("docket_number") ?? []);
        dockets.AddAll(cluster?.Strings("docket_number") ?? []);
        dockets.AddAll(extra?.Strings("docket_number") ?? []);

        var citations = new Distinct();
        AddCitations(record, citations);
        citations.AddAll(record.Strings("citation"));
        if (cluster is not null)
        {
            AddCitations(cluster, citations);
            foreach (string field in ClusterCiteFields)
                citations.Add(cluster.String(field));
        }

        if (parts.Count == 0)
        {
            // A CourtListener opinion that is one separately written part of a case ("040dissent") is that part whole.
            string? type = record.String("type") ?? extra?.String("cl_opinion_type");
            if (type is not null && !type.Contains("combined", StringComparison.OrdinalIgnoreCase) && length > 0)
                parts = [new SourceOpinionPart(OpinionKinds.Normalize(type), FieldValues.Clean(record.String("author_str")), 0, length)];
        }

        return new OpinionMetadata(IdOf(record, cap: false), caseName, caseNameFull, court, date, dockets.Items, citations.Items, parts);
    }

    /// <summary>Citations given as strings, as {cite} objects (CAP) or as {volume, reporter, page} objects (CourtListener).</summary>
    private static void AddCitations(RecordFields record, Distinct citations)
    {
        citations.AddAll(record.Strings("citations"));
        foreach (RecordFields item in record.Objects("citations"))
        {
            string? cite = item.String("cite");
            if (cite is null && item.String("volume") is { } volume && item.String("reporter") is { } reporter && item.String("page") is { } page)
                cite = $"{volume} {reporter} {page}";
            citations.Add(cite);
        }
    }

    /// <summary>A court given as a string: an API address ".../courts/ca10/" gives its identifier; a name stays as it is.</summary>
    private static string? CourtOf(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        int at = value.IndexOf("/courts/", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return value;
        string rest = value[(at + "/courts/".Length)..].Trim('/');
        int slash = rest.IndexOf('/');
        return slash >= 0 ? rest[..slash] : rest;
    }

    /// <summary>Cleaned, non-empty strings in first-seen order without repeats.</summary>
    private sealed class Distinct
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<string> _items = [];

        public IReadOnlyList<string> Items => _items;

        public void Add(string? value)
        {
            string? clean = FieldValues.Clean(value);
            if (clean is not null && _seen.Add(clean))
                _items.Add(clean);
        }

        public void AddAll(IEnumerable<string> values)
        {
            foreach (string value in values)
                Add(value);
        }
    }
}
