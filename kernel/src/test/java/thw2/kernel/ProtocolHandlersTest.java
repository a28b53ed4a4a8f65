package thw2.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapaio.jupyter.kernel.channels.AbstractChannel;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.core.java.JavaEngine;
import org.rapaio.jupyter.kernel.core.java.RapaioExecutionControlProvider;

/**
 * {@link ProtocolHandlers} reaches into rapaio's private fields; this pins them: their names and types
 * as in rapaio-jupyter-kernel 3.0.1, the version the kernel is built and installed with. (The behaviour
 * is tested against a running kernel by kernel/conformance, through Jupyter's own client.)
 */
class ProtocolHandlersTest {

    @Test
    void builtForRapaio301() {
        assertEquals("3.0.1", Replies.rapaioVersion());
    }

    @Test
    void rapaiosPrivateFieldsAreAsExpected() throws Exception {
        assertEquals(Map.class, field(Channels.class, "handlers").getType());
        assertEquals(AbstractChannel.class, field(Channels.class, "control").getType().getSuperclass());
        assertEquals(RapaioExecutionControlProvider.class, field(JavaEngine.class, "controlProvider").getType());
        assertEquals(String.class, field(JavaEngine.class, "executionId").getType());
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        return c.getDeclaredField(name);
    }
}
