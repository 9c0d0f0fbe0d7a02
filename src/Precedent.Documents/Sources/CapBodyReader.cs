using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Precedent.Documents.Readers;

namespace Precedent.Documents.Sources;

/// <summary>
/// The text of a Caselaw Access Project case body, in its XML form (&lt;casebody&gt;, &lt;opinion type="…"&gt;,
/// &lt;author&gt;, &lt;p&gt;, &lt;page-number&gt;, &lt;footnote label="…"&gt;; also the "xml_harvard" field of
/// CourtListener) or its HTML form (&lt;article class="opinion" data-type="…"&gt;, &lt;a class="page-label"&gt;,
/// &lt;aside class="footnote" data-label="…"&gt;). Each paragraph-like element becomes a line, star-paging markers
/// are dropped, footnotes stay in place (led by their label) and are recorded, and each opinion element becomes a
/// part. The markup is parsed leniently, so broken markup still gives its text.
/// </summary>
internal static class CapBodyReader
{
    /// <summary>Elements that flow inside a line; every other element is a block of its own.</summary>
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bracketnum", "cite", "code", "em", "font", "footnotemark", "i", "q", "s", "small", "span",
        "strike", "strong", "sub", "sup", "u", "mark", "extracted-citation", "del", "ins", "tt", "var",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "page-number", "script", "style", "head", "title", "meta", "link", "template", "noscript",
    };

    public sealed record Result(string Text, IReadOnlyList<FootnoteSpan> Footnotes, IReadOnlyList<SourceOpinionPart> Parts);

    /// <summary>Whether markup is CAP case-body XML rather than ordinary HTML.</summary>
    public static bool LooksLikeCapXml(string markup)
        => markup.Contains("<casebody", StringComparison.OrdinalIgnoreCase)
           || markup.Contains("<page-number", StringComparison.OrdinalIgnoreCase)
           || markup.Contains("<opinion ", StringComparison.OrdinalIgnoreCase)
           || markup.Contains("<opinion>", StringComparison.OrdinalIgnoreCase)
           || markup.Contains("class=\"casebody\"", StringComparison.OrdinalIgnoreCase);

    public static Result Read(string markup)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using IDocument document = parser.ParseDocument(markup);
        var walk = new Walker();
        walk.Run(document.Body ?? document.DocumentElement);
        return new Result(walk.Writer.ToString(), walk.Footnotes, walk.Parts);
    }

    private readonly record struct Frame(INode Node, bool Exiting, Role Role);

    private enum Role
    {
        None,
        Footnote,
        Opinion,
    }

    private sealed class Walker
    {
        private int _footnoteMark = -1;
        private string? _footnoteLabel;
        private string? _pendingLabel;
        private int _opinionMark = -1;
        private string? _opinionType;
        private string? _opinionAuthor;

        public BlockTextWriter Writer { get; } = new();

        public List<FootnoteSpan> Footnotes { get; } = [];

        public List<SourceOpinionPart> Parts { get; } = [];

        public void Run(INode? root)
        {
            if (root is null)
                return;
            var stack = new Stack<Frame>();
            stack.Push(new Frame(root, false, Role.None));
            while (stack.Count > 0)
            {
                Frame frame = stack.Pop();
                if (frame.Node is IText text)
                {
                    if (_pendingLabel is not null && !string.IsNullOrWhiteSpace(text.Data))
                    {
                        // The label of a footnote whose text does not carry it leads the footnote's first line.
                        Writer.WriteCollapsed(_pendingLabel);
                        Writer.Space();
                        _pendingLabel = null;
                    }

                    Writer.WriteCollapsed(text.Data);
                    continue;
                }

                if (frame.Node is not IElement element)
                    continue;
                string tag = element.LocalName;
                if (frame.Exiting)
                {
                    Exit(tag, frame.Role);
                    continue;
                }

                if (Dropped.Contains(tag) || HasClass(element, "page-label") || HasClass(element, "page-number"))
                    continue;
                if (tag == "br")
                {
                    Writer.LineBreak();
                    continue;
                }

                Role role = Enter(element, tag);
                stack.Push(new Frame(element, true, role));
                INodeList children = element.ChildNodes;
                for (int i = children.Length - 1; i >= 0; i--)
                    stack.Push(new Frame(children[i], false, Role.None));
            }

            CloseOpinion();
        }

        private Role Enter(IElement element, string tag)
        {
            bool opinion = tag == "opinion" || (tag is "article" or "section" or "div" && HasClass(element, "opinion"));
            if (opinion)
            {
                Writer.BlockBreak(2);
                if (_opinionMark >= 0)
                    CloseOpinion();
                _opinionMark = Writer.ContentMark;
                _opinionType = element.GetAttribute("type") ?? element.GetAttribute("data-type");
                _opinionAuthor = null;
                return Role.Opinion;
            }

            bool footnote = tag == "footnote" || (tag is "aside" or "div" or "section" && HasClass(element, "footnote"));
            if (footnote && _footnoteMark < 0)
            {
                Writer.BlockBreak(1);
                _footnoteMark = Writer.ContentMark;
                _footnoteLabel = FieldValues.Clean(element.GetAttribute("label") ?? element.GetAttribute("data-label"));
                string content = element.TextContent.TrimStart();
                if (_footnoteLabel is not null && !content.StartsWith(_footnoteLabel, StringComparison.Ordinal))
                    _pendingLabel = _footnoteLabel;

                return Role.Footnote;
            }

            if (_opinionMark >= 0 && _opinionAuthor is null && (tag == "author" || (tag == "p" && HasClass(element, "author"))))
                _opinionAuthor = FieldValues.Clean(element.TextContent);

            if (!Inline.Contains(tag))
                Writer.BlockBreak(1);
            return Role.None;
        }

        private void Exit(string tag, Role role)
        {
            switch (role)
            {
                case Role.Opinion:
                    CloseOpinion();
                    Writer.BlockBreak(2);
                    return;
                case Role.Footnote:
                    int start = Writer.FirstContentAfter(_footnoteMark);
                    if (start >= 0 && Writer.Length > start)
                    {
                        string label = _footnoteLabel ?? (Footnotes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        Footnotes.Add(new FootnoteSpan(label, start, Writer.Length));
                    }

                    _footnoteMark = -1;
                    _footnoteLabel = null;
                    _pendingLabel = null;
                    Writer.BlockBreak(1);
                    return;
            }

            if (!Inline.Contains(tag))
                Writer.BlockBreak(1);
        }

        private void CloseOpinion()
        {
            if (_opinionMark < 0)
                return;
            int start = Writer.FirstContentAfter(_opinionMark);
            if (start >= 0 && Writer.Length > start)
                Parts.Add(new SourceOpinionPart(OpinionKinds.Normalize(_opinionType), _opinionAuthor, start, Writer.Length));
            _opinionMark = -1;
            _opinionType = null;
            _opinionAuthor = null;
        }

        private static bool HasClass(IElement element, string name)
        {
            foreach (string token in element.ClassList)
            {
                if (token.Equals(name, StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return false;
        }
    }
}

/// <summary>Maps the opinion-type names of the sources to the part kinds of the citation engine.</summary>
internal static class OpinionKinds
{
    /// <summary>
    /// "majority", "020lead", "unanimous" → majority; "concurring-in-part-and-dissenting-in-part",
    /// "035concurrenceinpart" → concurrence_in_part_dissent_in_part; and so on. Unknown or missing → other.
    /// </summary>
    public static string Normalize(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
            return "other";
        var squeezed = new System.Text.StringBuilder(type.Length);
        foreach (char c in type)
        {
            if (char.IsAsciiLetter(c))
                squeezed.Append(char.ToLowerInvariant(c));
        }

        string t = squeezed.ToString();
        return t switch
        {
            "majority" or "lead" or "opinion" or "unanimous" or "unamimous" or "combined" => "majority",
            "plurality" => "plurality",
            "percuriam" => "per_curiam",
            "concurrence" or "concurring" or "concur" => "concurrence",
            "dissent" or "dissenting" => "dissent",
            _ when t.Contains("concur", StringComparison.Ordinal) && (t.Contains("dissent", StringComparison.Ordinal) || t.EndsWith("inpart", StringComparison.Ordinal)) => "concurrence_in_part_dissent_in_part",
            _ when t.Contains("concur", StringComparison.Ordinal) && (t.Contains("judgment", StringComparison.Ordinal) || t.Contains("result", StringComparison.Ordinal)) => "concurrence_in_judgment",
            _ => "other",
        };
    }
}
