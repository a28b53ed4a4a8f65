package thw2.kernel.display;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Iterator;
import java.util.StringJoiner;

/**
 * The {@code text/plain} form of a value that rapaio renders without one: what a terminal, a
 * text export or a screen reader gets instead of the HTML or the image.
 * <ul>
 *   <li>a picture: its own description when its class gives one ({@code toString()} overridden, as
 *   the notebooks' charts do), else {@code [image W×H]} (never an identity hash such as
 *   {@code BufferedImage@1b6d3586}, which would differ on every run);</li>
 *   <li>a string shown as {@code text/html} on purpose ({@code display("text/html", s)}): its text;</li>
 *   <li>an array: as JShell prints it, {@code double[2] { 1.0, 2.0 }}, instead of {@code [D@2a848b9a};</li>
 *   <li>a collection: {@code [1, 2]}, cut after {@code limit} elements;</li>
 *   <li>anything else: {@code String.valueOf(value)}, which is also what rapaio puts in its HTML.</li>
 * </ul>
 */
public final class PlainForms {

    private PlainForms() {
    }

    /**
     * @param value   the value shown
     * @param htmlAsked whether the caller asked for {@code text/html} explicitly (then a string is HTML source)
     * @param limit   most elements written of an array or a collection
     */
    public static String of(Object value, boolean htmlAsked, int limit) {
        if (value instanceof RenderedImage image) {
            return describedByItself(value) ? value.toString()
                    : "[image " + image.getWidth() + "×" + image.getHeight() + "]";
        }
        if (htmlAsked && value instanceof CharSequence html) {
            return HtmlText.toText(html.toString());
        }
        if (value != null && value.getClass().isArray()) {
            return array(value, limit);
        }
        if (value instanceof Collection<?> c) {
            return collection(c, limit);
        }
        return String.valueOf(value);
    }

    /** True when the value's class (not BufferedImage or Object) writes its own toString(). */
    static boolean describedByItself(Object value) {
        try {
            Class<?> declaring = value.getClass().getMethod("toString").getDeclaringClass();
            return declaring != Object.class && declaring != BufferedImage.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    static String array(Object array, int limit) {
        int n = Array.getLength(array);
        String type = array.getClass().getComponentType().getSimpleName();
        StringJoiner items = new StringJoiner(", ", " { ", " }").setEmptyValue(" {  }");
        for (int i = 0; i < n && i < limit; i++) {
            items.add(element(Array.get(array, i), limit, true));
        }
        if (n > limit) {
            items.add("… " + (n - limit) + " more");
        }
        return type + "[" + n + "]" + items;
    }

    static String collection(Collection<?> c, int limit) {
        StringJoiner items = new StringJoiner(", ", "[", "]");
        Iterator<?> it = c.iterator();
        for (int i = 0; i < limit && it.hasNext(); i++) {
            Object e = it.next();
            items.add(e == c ? "(this Collection)" : element(e, limit, false));
        }
        if (c.size() > limit) {
            items.add("… " + (c.size() - limit) + " more");
        }
        return items.toString();
    }

    /** An element: arrays as arrays, strings quoted in arrays (as JShell writes them), not in collections (as toString). */
    private static String element(Object e, int limit, boolean quoteStrings) {
        if (quoteStrings && e instanceof CharSequence s) {
            return "\"" + s + "\"";
        }
        if (e != null && e.getClass().isArray()) {
            return array(e, limit);
        }
        return String.valueOf(e);
    }
}
