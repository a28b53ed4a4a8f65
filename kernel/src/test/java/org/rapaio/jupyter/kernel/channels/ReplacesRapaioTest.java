package org.rapaio.jupyter.kernel.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The kernel runs with this module's jar ahead of rapaio-jupyter-kernel's on the class path, as the
 * test class path has it here (module classes before dependencies). Rapaio's channel classes were
 * compiled against its own LoopThread, so ours must offer every public and protected member that
 * theirs does, with the same signature.
 */
class ReplacesRapaioTest {

    private static final String NAME = "org.rapaio.jupyter.kernel.channels.LoopThread";

    private static Path rapaioJar() throws Exception {
        // ShellChannel exists only in rapaio's jar, so its code source is that jar.
        return Path.of(ShellChannel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theClassPathResolvesLoopThreadToOurs() throws Exception {
        Path ours = Path.of(LoopThread.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertNotEquals(rapaioJar(), ours, "LoopThread was loaded from rapaio's jar, not from the fix");
        assertEquals(LoopThread.class, Class.forName(NAME, false, ShellChannel.class.getClassLoader()));
    }

    @Test
    void ourApiCoversRapaios() throws Exception {
        try (URLClassLoader only = new URLClassLoader(new URL[] {rapaioJar().toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> theirs = Class.forName(NAME, false, only);
            assertEquals(theirs.getSuperclass(), LoopThread.class.getSuperclass());
            assertEquals(theirs.getModifiers(), LoopThread.class.getModifiers());
            Set<String> missing = new TreeSet<>(api(theirs));
            missing.removeAll(api(LoopThread.class));
            assertTrue(missing.isEmpty(), "members of rapaio's LoopThread that ours lacks: " + missing);
        }
    }

    private static Set<String> api(Class<?> c) {
        Set<String> members = new TreeSet<>();
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (visible(k.getModifiers())) {
                members.add("<init>" + Arrays.toString(k.getParameterTypes()));
            }
        }
        for (Method m : c.getDeclaredMethods()) {
            if (visible(m.getModifiers())) {
                members.add(Modifier.toString(m.getModifiers()) + " " + m.getReturnType().getName() + " " + m.getName()
                        + Arrays.stream(m.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",", "(", ")")));
            }
        }
        return members;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
