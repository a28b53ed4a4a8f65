package thw2.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void tagsGoEntitiesAreDecoded() {
        assertEquals("Bold & plain < 3 × 4", HtmlText.toText("<b>Bold</b> &amp; plain &lt; 3 &times; 4"));
        assertEquals("é ✔ é", HtmlText.toText("&#233; &#x2714; &eacute;".replace("&eacute;", "&#xe9;")));
        assertEquals("&unknown;", HtmlText.toText("&unknown;"));
    }

    @Test
    void blocksBreaksItemsAndCells() {
        assertEquals("Title\n\nOne\ntwo", HtmlText.toText("<h3>Title</h3><p>One<br/>two</p>"));
        assertEquals("• a\n• b", HtmlText.toText("<ul><li>a</li><li>b</li></ul>"));
        assertEquals("x | y\n1 | 2", HtmlText.toText("<table><tr><th>x</th><th>y</th></tr><tr><td>1</td><td>2</td></tr></table>"));
    }

    @Test
    void whiteSpaceScriptsAndComments() {
        assertEquals("a b", HtmlText.toText("  a \n\t b  "));
        assertEquals("shown", HtmlText.toText("<script>var x = '<b>';</script><style>p {}</style><!-- hidden -->shown"));
    }

    @Test
    void escape() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp;", HtmlText.escape("<a href=\"x\"> &"));
    }
}
