package thw2.kernel.display;

import java.util.List;

import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/**
 * rapaio's display extension point ({@code META-INF/services/org.rapaio.jupyter.kernel.display.spi.DisplayProvider}
 * in this jar): contributes {@link PlainTextRenderer}. rapaio looks its providers up with the kernel's
 * own class loader, so this jar must be on the kernel's class path (it is: scripts/setup puts it there).
 */
public final class PlainTextProvider implements DisplayProvider {

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(new PlainTextRenderer());
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of();
    }
}
