package thw2.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected strings written by hand from what each formula means. */
class PlainTextTest {
    @Test
    void formulasFromTheNotebooksReadAsUnicode() {
        assertEquals("σ² = 0.2500", PlainText.fromLatex("\\sigma^2 = 0.2500"));
        assertEquals("‖ḡ‖² = 1.5", PlainText.fromLatex("\\lVert\\bar g\\rVert^2 = 1.5"));
        assertEquals("B_simple = 12.0", PlainText.fromLatex("B_\\text{simple} = 12.0"));
        assertEquals("J* = 0.25", PlainText.fromLatex("J^\\star = 0.25"));
        assertEquals("J(0) = ln 2", PlainText.fromLatex("J(0) = \\ln 2"));
        assertEquals("1/2 r² = 0.5", PlainText.fromLatex("\\tfrac12 r^2 = 0.5"));
        assertEquals("α/2 Σₖ wₖ²xₖ²", PlainText.fromLatex("\\frac{\\alpha}{2}\\sum_k w_k^2x_k^2"));
        assertEquals("x₁ Σⱼ wⱼxⱼ", PlainText.fromLatex("x_1\\sum_j w_jx_j"));
        assertEquals("[-4,4]²", PlainText.fromLatex("[-4,4]^2"));
    }

    @Test
    void fractionsRootsScriptsAndAccentsGroupWhatTheyMust() {
        assertEquals("(a+b)/(2c)", PlainText.fromLatex("\\frac{a+b}{2c}"));
        assertEquals("√(1 - β₂ᵗ)", PlainText.fromLatex("\\sqrt{1 - \\beta_2^t}"));
        assertEquals("m̂ₜ = mₜ/(1 - β₁ᵗ)", PlainText.fromLatex("\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}"));
        assertEquals("w^(k+1) = wᵏ", PlainText.fromLatex("w^{k+1} = w^k"));
        assertEquals("Q(I-2εΛ)ᵗQᵀ w₀", PlainText.fromLatex("Q(I-2\\varepsilon\\Lambda)^tQ^\\top w_0"));
        assertEquals("x ∈ ℝⁿ", PlainText.fromLatex("x \\in \\mathbb{R}^n"));
        assertEquals("e⁻¹", PlainText.fromLatex("e^{-1}"));
        assertEquals("(σ(z))", PlainText.fromLatex("\\left(\\sigma(z)\\right)"));
        assertEquals("E_data", PlainText.fromLatex("E_{\\mathrm{data}}"));
        assertEquals("unknown", PlainText.fromLatex("\\unknown"));
    }

    @Test
    void markdownLosesItsMarkupAndKeepsItsText() {
        assertEquals("Erratum. The seed says so.", PlainText.fromMarkdown("**Erratum.** The seed says *so*."));
        assertEquals("Formula: 661 parameters. Allocated by Mlp[784-1-10]: 661",
                PlainText.fromMarkdown("Formula: **661** parameters. Allocated by `Mlp[784-1-10]`: **661**"));
        assertEquals("Softmax model: a\nIts logistic equivalent: b",
                PlainText.fromMarkdown("Softmax model: a  \nIts logistic equivalent: b"));
        assertEquals("N = 200 examples, d + 1 = 3 parameters; costs $5",
                PlainText.fromMarkdown("$N = 200$ examples, $d + 1 = 3$ parameters; costs \\$5"));
        assertEquals("Title\nsee the notes (https://example.org/n)",
                PlainText.fromMarkdown("## Title\nsee [the notes](https://example.org/n)"));
        assertEquals("mean of x²: 1.0; w_k and snake_case stay",
                PlainText.fromMarkdown("mean of $x^2$: 1.0; w_k and snake_case stay"));
        assertEquals("display: Σ xᵢ", PlainText.fromMarkdown("display: $$\\sum x_i$$"));
    }

    @Test
    void withMathConvertsOnlyTheMath() {
        assertEquals("the seed's *claim* about σ'", PlainText.withMath("the seed's *claim* about $\\sigma'$")
                .replace("σ′", "σ'"));
        assertEquals("no math, $ alone", PlainText.withMath("no math, $ alone"));
    }
}
