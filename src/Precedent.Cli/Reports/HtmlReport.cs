using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Precedent.Citations;
using Precedent.Citations.Checking;
using Precedent.Citations.Output;
using Precedent.Cli.Commands;
using Precedent.Documents;
using DocFormat = Precedent.Documents.DocumentFormat;

namespace Precedent.Cli.Reports;

/// <summary>
/// The cite-check as one self-contained HTML file (inline CSS and script, no external resource): the document
/// text with every citation highlighted by the severity of its findings; a click on a citation opens its parts,
/// its resolution and its findings in the side panel; a summary panel counts the findings and links to each.
/// </summary>
internal static class HtmlReport
{
    /// <summary>Writes the report.</summary>
    public static void Write(Stream stream, string name, SourceDocument source, ResolvedDocument doc, CheckResult result)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>Cite-check: {E(name)}</title>");
        w.WriteLine("<style>");
        w.WriteLine(Css);
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");

        w.WriteLine("<header class=\"top\">");
        w.WriteLine($"<h1>Cite-check <span class=\"file\">{E(name)}</span></h1>");
        w.WriteLine("<div class=\"legend\">");
        w.WriteLine("<span class=\"key error\">error</span><span class=\"key warning\">warning</span><span class=\"key info\">info</span><span class=\"key ok\">no finding</span>");
        w.WriteLine("</div>");
        w.WriteLine("</header>");

        w.WriteLine("<div class=\"layout\">");
        w.Write("<main id=\"doc\" class=\"doc\" aria-label=\"Document text\">");
        WriteText(w, source, doc, result);
        w.WriteLine("</main>");

        w.WriteLine("<aside id=\"side\">");
        w.WriteLine("<section id=\"detail\" class=\"panel\" aria-live=\"polite\">");
        w.WriteLine("<h2>Citation</h2>");
        w.WriteLine("<p class=\"hint\">Click a highlighted citation in the text, or a finding below, to see its parts, what it refers to and what is wrong with it.</p>");
        w.WriteLine("</section>");
        WriteSummary(w, source, doc, result);
        w.WriteLine("</aside>");
        w.WriteLine("</div>");

        w.Write("<script type=\"application/json\" id=\"data\">");
        w.Write(DataJson(source, doc, result));
        w.WriteLine("</script>");
        w.WriteLine("<script>");
        w.WriteLine(Script);
        w.WriteLine("</script>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    /// <summary>"error", "warning", "info" or "ok": the worst finding on a citation.</summary>
    internal static string SeverityOf(CheckResult result, int citation)
    {
        if (!result.ByCitation.TryGetValue(citation, out var list) || list.Count == 0)
            return "ok";
        if (list.Any(d => d.Severity == "error"))
            return "error";
        if (list.Any(d => d.Severity == "warning"))
            return "warning";
        return "info";
    }

    private static void WriteText(TextWriter w, SourceDocument source, ResolvedDocument doc, CheckResult result)
    {
        var text = doc.Text;
        // In .docx and HTML input every line is a paragraph: a little space between them makes the text readable.
        var spaced = source.Format is DocFormat.Docx or DocFormat.Html;
        var paged = DocumentInput.IsPaged(source);
        var pageStarts = paged ? source.PageStarts.Where(p => p > 0 && p <= text.Length).ToArray() : [];
        var nextPage = 0;
        var pos = 0;
        if (paged)
            w.Write("<div class=\"page-label\" id=\"page-1\">Page 1</div>");

        void EmitPlain(int end)
        {
            while (pos < end)
            {
                // Page markers fall between citations, never inside one.
                var stop = end;
                if (nextPage < pageStarts.Length && pageStarts[nextPage] < stop)
                    stop = Math.Max(pos, pageStarts[nextPage]);
                var plain = E(Clean(text[pos..stop]));
                w.Write(spaced ? plain.Replace("\n", "\n<span class=\"gap\"></span>", StringComparison.Ordinal) : plain);
                pos = stop;
                if (nextPage < pageStarts.Length && pageStarts[nextPage] <= pos)
                {
                    var page = nextPage + 2;
                    w.Write($"<div class=\"page-label\" id=\"page-{page.ToString(CultureInfo.InvariantCulture)}\">Page {page.ToString(CultureInfo.InvariantCulture)}</div>");
                    nextPage++;
                }
            }
        }

        foreach (var c in doc.Citations.OrderBy(c => c.Start).ThenBy(c => c.Index))
        {
            var start = Math.Max(c.Start, pos);
            var end = Math.Min(c.End, text.Length);
            if (end <= start)
                continue;
            EmitPlain(start);
            var sev = SeverityOf(result, c.Index);
            var i = c.Index.ToString(CultureInfo.InvariantCulture);
            var title = result.ByCitation.TryGetValue(c.Index, out var list) && list.Count > 0
                ? string.Join("; ", list.Select(d => d.Code + " " + d.Message))
                : c.Kind.ToContractName();
            w.Write($"<mark class=\"cite {sev}\" id=\"c{i}\" data-i=\"{i}\" tabindex=\"0\" role=\"button\" title=\"{E(title)}\">");
            w.Write(E(Clean(text[start..end])));
            w.Write("</mark>");
            pos = end;
        }
        EmitPlain(text.Length);
    }

    private static void WriteSummary(TextWriter w, SourceDocument source, ResolvedDocument doc, CheckResult result)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        w.WriteLine("<section id=\"summary\" class=\"panel\">");
        w.WriteLine("<h2>Summary</h2>");
        w.WriteLine("<div class=\"counts\">");
        w.WriteLine($"<div class=\"count\"><b>{N(doc.Citations.Count)}</b><span>citations</span></div>");
        w.WriteLine($"<div class=\"count\"><b>{N(doc.Authorities.Count)}</b><span>authorities</span></div>");
        w.WriteLine($"<div class=\"count error\"><b>{N(result.Errors)}</b><span>errors</span></div>");
        w.WriteLine($"<div class=\"count warning\"><b>{N(result.Warnings)}</b><span>warnings</span></div>");
        w.WriteLine($"<div class=\"count info\"><b>{N(result.Infos)}</b><span>infos</span></div>");
        w.WriteLine("</div>");
        if (result.Findings.Count == 0)
        {
            w.WriteLine("<p class=\"clean\">No findings: every citation passed the checks.</p>");
        }
        else
        {
            w.WriteLine("<h3>Findings</h3>");
            w.WriteLine("<ol class=\"findings\">");
            foreach (var f in result.Findings)
            {
                var c = doc.Citations[f.Citation];
                var d = f.Diagnostic;
                var i = c.Index.ToString(CultureInfo.InvariantCulture);
                w.Write($"<li><a href=\"#c{i}\" data-i=\"{i}\" class=\"jump\">");
                w.Write($"<span class=\"badge {E(d.Severity)}\">{E(d.Severity)}</span> <code>{E(d.Code)}</code> ");
                w.Write($"<span class=\"where\">{E(CheckCommand.Where(source, c.Start))}</span> ");
                w.Write($"<span class=\"ctext\">{E(CheckCommand.Collapse(c.Text))}</span>");
                w.Write($"<span class=\"msg\">{E(d.Message)}</span>");
                w.WriteLine("</a></li>");
            }
            w.WriteLine("</ol>");
        }
        w.WriteLine("</section>");
    }

    /// <summary>Per citation: its parts, its resolution and its findings, for the side panel.</summary>
    private static string DataJson(SourceDocument source, ResolvedDocument doc, CheckResult result)
    {
        using var ms = new MemoryStream();
        // The default encoder escapes <, >, &, ' and " so that the data cannot end the script element.
        using (var j = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = false }))
        {
            j.WriteStartArray();
            foreach (var c in doc.Citations)
            {
                j.WriteStartObject();
                j.WriteNumber("i", c.Index);
                j.WriteString("kind", c.Kind.ToContractName());
                j.WriteString("text", CheckCommand.Collapse(c.Text));
                j.WriteString("full", CheckCommand.Collapse(Slice(doc.Text, c.FullStart, c.FullEnd)));
                j.WriteString("where", CheckCommand.Where(source, c.Start));
                j.WriteString("severity", SeverityOf(result, c.Index));
                j.WriteStartArray("parts");
                foreach (var (label, value) in Parts(doc, c))
                {
                    j.WriteStartArray();
                    j.WriteStringValue(label);
                    j.WriteStringValue(value);
                    j.WriteEndArray();
                }
                j.WriteEndArray();
                var (resolution, target, resolved) = Resolution(doc, c);
                j.WriteString("resolution", resolution);
                j.WriteBoolean("resolved", resolved);
                if (target is { } t)
                    j.WriteNumber("target", t);
                else
                    j.WriteNull("target");
                j.WriteStartArray("findings");
                if (result.ByCitation.TryGetValue(c.Index, out var list))
                {
                    foreach (var d in list)
                    {
                        j.WriteStartObject();
                        j.WriteString("code", d.Code);
                        j.WriteString("severity", d.Severity);
                        j.WriteString("message", d.Message);
                        j.WriteString("suggestion", d.Suggestion);
                        j.WriteEndObject();
                    }
                }
                j.WriteEndArray();
                j.WriteEndObject();
            }
            j.WriteEndArray();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static IEnumerable<(string Label, string Value)> Parts(ResolvedDocument doc, Citation c)
    {
        yield return ("Kind", KindName(c.Kind));
        if (c.Signal is { } signal)
            yield return ("Signal", signal);
        if (c.CaseName is { } name)
            yield return ("Case name", name);
        else if (c.ShortName is { } shortName)
            yield return ("Name used", shortName);
        if (c.Volume is { } volume)
            yield return ("Volume", volume);
        if (c.Reporter is { } reporter)
            yield return ("Reporter", c.ReporterNormalized is { } norm && norm != reporter ? $"{reporter} (= {norm})" : reporter);
        else if (c.ReporterNormalized is { } norm2)
            yield return ("Reporter", norm2);
        if (c.Page is { } page)
            yield return ("Page", page);
        if (c.Title is { } title)
            yield return ("Title", title);
        if (c.Code is { } code)
            yield return ("Code", code);
        if (c.Section is { } section)
            yield return (c.Kind == CitationKind.Rule ? "Rule" : c.Kind == CitationKind.Constitution ? "Provision" : "Section", section);
        if (c.PinCite is { } pin)
            yield return ("Pin cite", pin);
        if (c.Year is { } year)
            yield return ("Year", year.ToString(CultureInfo.InvariantCulture));
        if (c.DateText is { } date)
            yield return ("Date", date);
        if (c.CourtText is not null || c.Court is not null)
            yield return ("Court", c.CourtText is { } ct ? (c.Court is { } id ? $"{ct} ({id})" : ct) : $"{c.Court} (from the reporter)");
        foreach (var p in c.Parentheticals)
            yield return ("Parenthetical", CheckCommand.Collapse(p));
        foreach (var h in c.History)
            yield return ("History", CheckCommand.Collapse(h.Relation + " " + h.Text));
        if (c.Alias is { } alias)
            yield return ("Hereinafter", alias);
        if (c.NestedIn is { } nested)
            yield return ("Cited within", "#" + nested.ToString(CultureInfo.InvariantCulture) + " " + CheckCommand.Collapse(doc.Citations[nested].Text));
    }

    private static (string Text, int? Target, bool Resolved) Resolution(ResolvedDocument doc, Citation c)
    {
        var authority = doc.AuthorityOf(c);
        var shown = CheckCommand.Collapse(c.Text);
        if (c.ParallelOf is { } p)
        {
            var first = doc.Citations[p];
            return ($"Parallel citation of {CheckCommand.Collapse(first.Text)}" + (authority is null ? "" : $" → {authority.Label}"), p, true);
        }
        if (doc.UnresolvedReason(c) is { } reason)
            return ($"{shown} → unresolved: {reason}", null, false);
        var antecedent = doc.AntecedentOf(c);
        if (antecedent is not null && antecedent.Index != c.Index)
            return ($"{shown} → {authority?.Label ?? CheckCommand.Collapse(antecedent.Text)}", antecedent.Index, true);
        if (authority is null)
            return ($"{shown} → not resolved to an authority", null, false);
        var count = authority.Citations.Count;
        var times = count == 1 ? "once" : count == 2 ? "twice" : count.ToString(CultureInfo.InvariantCulture) + " times";
        return ($"Authority: {authority.Label} · cited {times} in the document", null, true);
    }

    private static string KindName(CitationKind kind) => kind switch
    {
        CitationKind.Case => "case (full citation)",
        CitationKind.ShortCase => "case (short form)",
        CitationKind.Id => "Id.",
        CitationKind.Supra => "supra",
        CitationKind.Reference => "case named in the text",
        CitationKind.Statute => "statute",
        CitationKind.Regulation => "regulation",
        CitationKind.Rule => "court rule",
        CitationKind.Constitution => "constitution",
        CitationKind.Journal => "journal or treatise",
        CitationKind.Neutral => "public-domain or database citation",
        CitationKind.Record => "record",
        _ => "unknown",
    };

    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    /// <summary>Control characters other than line breaks and tabs (form feeds, say) show as a space.</summary>
    private static string Clean(string s)
    {
        if (!s.Any(ch => ch < ' ' && ch is not '\n' and not '\t' and not '\r'))
            return s;
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            sb.Append(ch < ' ' && ch is not '\n' and not '\t' and not '\r' ? ' ' : ch);
        return sb.ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Css = """
        :root { --error:#b3261e; --error-bg:#fde2df; --warning:#9a6700; --warning-bg:#fff1c2; --info:#1f5fa8; --info-bg:#dcebfb;
                --ok:#2e7d32; --ok-bg:#e3f4e1; --ink:#1d1d1f; --muted:#5f6368; --line:#d9dce1; --paper:#fffdf8; }
        * { box-sizing: border-box; }
        html, body { margin: 0; height: 100%; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #eef0f3; }
        header.top { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: .6rem 1.2rem;
                     background: #23314d; color: #fff; position: sticky; top: 0; z-index: 2; }
        header.top h1 { font-size: 1.1rem; margin: 0; font-weight: 600; }
        header.top .file { font-weight: 400; opacity: .85; margin-left: .4rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
        .legend { display: flex; gap: .4rem; font-size: .8rem; }
        .key { padding: .1rem .5rem; border-radius: 3px; color: var(--ink); border-bottom: 2px solid; }
        .key.error { background: var(--error-bg); border-color: var(--error); }
        .key.warning { background: var(--warning-bg); border-color: var(--warning); }
        .key.info { background: var(--info-bg); border-color: var(--info); }
        .key.ok { background: var(--ok-bg); border-color: var(--ok); }
        .layout { display: grid; grid-template-columns: minmax(0, 64rem) minmax(22rem, 28rem); justify-content: center; gap: 1rem;
                  padding: 1rem 1.2rem; align-items: start; }
        .doc { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1.5rem 2rem; margin: 0;
               white-space: pre-wrap; overflow-wrap: anywhere; font-family: "Courier New", Courier, ui-monospace, monospace;
               font-size: 14px; line-height: 1.55; box-shadow: 0 1px 3px rgba(0,0,0,.06); }
        .gap { display: block; height: .55em; }
        .page-label { display: block; margin: .8rem -2rem; padding: .15rem 2rem; border-top: 1px dashed #b9bec7; color: var(--muted);
                      font: 600 11px/1.6 system-ui, sans-serif; letter-spacing: .05em; text-transform: uppercase; white-space: normal; }
        .page-label#page-1 { border-top: 0; margin-top: -1rem; }
        mark.cite { color: inherit; border-radius: 2px; padding: 0 1px; cursor: pointer; border-bottom: 2px solid; }
        mark.cite.error { background: var(--error-bg); border-color: var(--error); }
        mark.cite.warning { background: var(--warning-bg); border-color: var(--warning); }
        mark.cite.info { background: var(--info-bg); border-color: var(--info); }
        mark.cite.ok { background: var(--ok-bg); border-color: var(--ok); }
        mark.cite:hover, mark.cite:focus { outline: 2px solid #8aa4d6; outline-offset: 1px; }
        mark.cite.selected { outline: 3px solid #23314d; outline-offset: 1px; }
        mark.cite.related { outline: 2px dashed #23314d; outline-offset: 1px; }
        aside { position: sticky; top: 3.4rem; max-height: calc(100vh - 4.4rem); overflow: auto; display: flex; flex-direction: column; gap: 1rem; }
        .panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; box-shadow: 0 1px 3px rgba(0,0,0,.06); }
        .panel h2 { font-size: .95rem; margin: 0 0 .5rem; text-transform: uppercase; letter-spacing: .04em; color: #23314d; }
        .panel h3 { font-size: .85rem; margin: .8rem 0 .3rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        .hint, .clean { color: var(--muted); font-size: .88rem; margin: 0; }
        .counts { display: grid; grid-template-columns: repeat(5, 1fr); gap: .4rem; }
        .count { text-align: center; padding: .35rem .1rem; border-radius: 4px; background: #f3f4f6; }
        .count b { display: block; font-size: 1.25rem; }
        .count span { font-size: .72rem; color: var(--muted); }
        .count.error { background: var(--error-bg); } .count.error b { color: var(--error); }
        .count.warning { background: var(--warning-bg); } .count.warning b { color: var(--warning); }
        .count.info { background: var(--info-bg); } .count.info b { color: var(--info); }
        ol.findings { list-style: none; margin: 0; padding: 0; }
        ol.findings li { border-top: 1px solid #eceef1; }
        ol.findings a { display: block; padding: .4rem .2rem; color: inherit; text-decoration: none; font-size: .85rem; }
        ol.findings a:hover, ol.findings a.current { background: #f1f4fa; }
        ol.findings .where { color: var(--muted); font-size: .78rem; }
        ol.findings .ctext { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .8rem; margin-left: .3rem; }
        ol.findings .msg { display: block; color: #3c4043; margin-top: .15rem; }
        .badge { display: inline-block; min-width: 4.2em; text-align: center; font-size: .7rem; font-weight: 600; text-transform: uppercase;
                 padding: .05rem .35rem; border-radius: 3px; color: #fff; }
        .badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
        .badge.info { background: var(--info); } .badge.ok { background: var(--ok); }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; }
        #detail .cite-text { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .95rem; margin: .1rem 0 .2rem; }
        #detail .full { color: var(--muted); font-size: .82rem; margin: 0 0 .6rem; }
        #detail table { border-collapse: collapse; width: 100%; font-size: .85rem; }
        #detail th { text-align: left; color: var(--muted); font-weight: 500; padding: .18rem .6rem .18rem 0; vertical-align: top; white-space: nowrap; width: 1%; }
        #detail td { padding: .18rem 0; vertical-align: top; }
        #detail .resolution { margin: .3rem 0 0; padding: .45rem .6rem; border-radius: 4px; background: #f3f6fb; font-size: .88rem; }
        #detail .resolution.unresolved { background: var(--warning-bg); }
        #detail .resolution a { color: #1f5fa8; }
        #detail .finding { border-left: 4px solid; padding: .35rem .6rem; margin: .4rem 0; background: #fafafa; font-size: .86rem; }
        #detail .finding.error { border-color: var(--error); } #detail .finding.warning { border-color: var(--warning); }
        #detail .finding.info { border-color: var(--info); }
        #detail .finding .suggest { margin-top: .2rem; color: var(--muted); }
        #detail .finding .suggest code { color: var(--ink); background: #eef2ee; padding: 0 .25rem; border-radius: 2px; }
        #detail .nav { display: flex; gap: .4rem; margin-top: .7rem; }
        button { font: inherit; font-size: .8rem; padding: .2rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: pointer; }
        button:hover { background: #f1f4fa; }
        @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } aside { position: static; max-height: none; } }
        @media print { header.top, aside { display: none; } .layout { display: block; padding: 0; } .doc { border: 0; box-shadow: none; } }
        """;

    private const string Script = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("data").textContent);
          var detail = document.getElementById("detail");
          var findingLinks = Array.prototype.slice.call(document.querySelectorAll("a.jump"));
          var withFindings = [];
          data.forEach(function (c) { if (c.findings.length) withFindings.push(c.i); });
          var current = -1;

          function el(tag, cls, text) {
            var e = document.createElement(tag);
            if (cls) e.className = cls;
            if (text !== undefined && text !== null) e.textContent = text;
            return e;
          }
          function mark(i) { return document.getElementById("c" + i); }

          function jumpLink(i, label) {
            var a = el("a", null, label);
            a.href = "#c" + i;
            a.addEventListener("click", function (ev) { ev.preventDefault(); select(i, true); });
            return a;
          }

          function render(c) {
            detail.textContent = "";
            var head = el("h2", null, "Citation #" + c.i + " \u00b7 " + c.where);
            detail.appendChild(head);
            detail.appendChild(el("div", "cite-text", c.text));
            if (c.full && c.full !== c.text) detail.appendChild(el("p", "full", c.full));
            var table = el("table");
            c.parts.forEach(function (p) {
              var tr = el("tr");
              tr.appendChild(el("th", null, p[0]));
              tr.appendChild(el("td", null, p[1]));
              table.appendChild(tr);
            });
            detail.appendChild(table);
            detail.appendChild(el("h3", null, "Resolution"));
            var res = el("div", "resolution" + (c.resolved ? "" : " unresolved"));
            res.appendChild(document.createTextNode(c.resolution));
            if (c.target !== null && c.target !== undefined) {
              res.appendChild(document.createTextNode(" "));
              res.appendChild(jumpLink(c.target, "(go to #" + c.target + ")"));
            }
            detail.appendChild(res);
            detail.appendChild(el("h3", null, c.findings.length ? "Findings" : "Findings: none"));
            c.findings.forEach(function (f) {
              var box = el("div", "finding " + f.severity);
              var top = el("div");
              top.appendChild(el("span", "badge " + f.severity, f.severity));
              top.appendChild(document.createTextNode(" "));
              top.appendChild(el("code", null, f.code));
              top.appendChild(document.createTextNode(" " + f.message));
              box.appendChild(top);
              if (f.suggestion) {
                var s = el("div", "suggest", "Suggestion: ");
                s.appendChild(el("code", null, f.suggestion));
                box.appendChild(s);
              }
              detail.appendChild(box);
            });
            var nav = el("div", "nav");
            var prev = el("button", null, "\u2190 Previous finding");
            var next = el("button", null, "Next finding \u2192");
            prev.type = next.type = "button";
            prev.addEventListener("click", function () { step(-1); });
            next.addEventListener("click", function () { step(1); });
            nav.appendChild(prev);
            nav.appendChild(next);
            detail.appendChild(nav);
          }

          function select(i, scroll) {
            var old = document.querySelectorAll("mark.selected, mark.related");
            Array.prototype.forEach.call(old, function (m) { m.classList.remove("selected", "related"); });
            findingLinks.forEach(function (a) { a.classList.toggle("current", Number(a.dataset.i) === i); });
            var c = data[i];
            if (!c) return;
            current = i;
            var m = mark(i);
            if (m) {
              m.classList.add("selected");
              if (scroll) m.scrollIntoView({ block: "center", behavior: "smooth" });
            }
            if (c.target !== null && c.target !== undefined && mark(c.target)) mark(c.target).classList.add("related");
            render(c);
          }

          function step(dir) {
            if (!withFindings.length) return;
            var k = withFindings.indexOf(current);
            if (k < 0) {
              k = dir > 0 ? withFindings.findIndex(function (x) { return x > current; }) : -1;
              if (k < 0) k = dir > 0 ? 0 : withFindings.length - 1;
            } else {
              k = (k + dir + withFindings.length) % withFindings.length;
            }
            select(withFindings[k], true);
          }

          document.getElementById("doc").addEventListener("click", function (ev) {
            var m = ev.target.closest && ev.target.closest("mark.cite");
            if (m) select(Number(m.dataset.i), false);
          });
          document.getElementById("doc").addEventListener("keydown", function (ev) {
            var m = ev.target.closest && ev.target.closest("mark.cite");
            if (m && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(Number(m.dataset.i), false); }
          });
          findingLinks.forEach(function (a) {
            a.addEventListener("click", function (ev) { ev.preventDefault(); select(Number(a.dataset.i), true); });
          });
          document.addEventListener("keydown", function (ev) {
            if (ev.target && (ev.target.tagName === "INPUT" || ev.target.tagName === "TEXTAREA")) return;
            if (ev.key === "n") step(1);
            else if (ev.key === "p") step(-1);
          });
          var h = /^#c(\d+)$/.exec(location.hash);
          if (h) select(Number(h[1]), true);
        })();
        """;
}
