package thw2.kernel.display;

import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplaySystem;
import org.rapaio.jupyter.kernel.display.MimeType;
import org.rapaio.jupyter.kernel.global.Global;

/**
 * Adds a {@code text/plain} form to every bundle that rapaio's display system renders (a cell's
 * value, {@code display(...)}, {@code updateDisplay(...)}), leaving the rest of the bundle exactly as
 * rapaio made it. rapaio 3.0.1 renders a value as {@code text/html} only ({@code 1 + 1} gives
 * {@code {"text/html": "2"}}) and a picture as {@code image/png} only, so text-only front ends
 * ({@code jupyter console}, {@code nbconvert --to markdown}, screen readers reading the plain form)
 * show nothing; the messaging spec asks for {@code text/plain} in every bundle.
 *
 * <p>How: rapaio asks the renderers from its {@code DisplayProvider} service ({@link PlainTextProvider})
 * before its own. This one accepts every object, has rapaio's display system render it as it
 * would without this renderer (while it does, {@link #canRender} says no on this thread, so rapaio
 * falls through to its own renderers and transformers), then adds the plain form from
 * {@link PlainForms} when rapaio gave none.
 */
public final class PlainTextRenderer implements DisplayRenderer {

    private static final ThreadLocal<Boolean> RENDERING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Override
    public Class<?> rendererClass() {
        return Object.class;
    }

    @Override
    public boolean canRender(String mime) {
        return !RENDERING.get();
    }

    @Override
    public DisplayData render(String mime, Object o) {
        DisplayData dd;
        Boolean before = RENDERING.get();
        RENDERING.set(Boolean.TRUE);
        try {
            dd = DisplaySystem.inst().render(mime, o);
        } finally {
            RENDERING.set(before);
        }
        if (!dd.data().containsKey(MimeType.TEXT.longType())) {
            dd.putText(PlainForms.of(o, asks(mime, MimeType.HTML), limit()));
        }
        return dd;
    }

    private static boolean asks(String mime, MimeType type) {
        try {
            return mime != null && !mime.isBlank() && MimeType.from(mime, null) == type;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** rapaio's own limit on the items it shows of a sequence (0: no limit). */
    private static int limit() {
        int n = Global.options().display().maxSeqItems();
        return n <= 0 ? Integer.MAX_VALUE : n;
    }
}
