// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.model.validation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Typed access to the entries Chorus puts in an EMF validation context map.
 *
 * @since 1.0
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class ValidationContext {

    private static final String CLOCK = "io.github.chorus.validation.clock"; //$NON-NLS-1$
    private static final String CONTRIBUTORS = "io.github.chorus.validation.contributors"; //$NON-NLS-1$

    private ValidationContext() {
    }

    /**
     * Sets the clock that rules about "now" (such as targets in the past) use.
     *
     * @param context the context map of a validation run
     * @param clock   the clock
     * @return the context map
     */
    public static Map<Object, Object> withClock(Map<Object, Object> context, Clock clock) {
        context.put(CLOCK, clock);
        return context;
    }

    /**
     * Returns the clock of a validation run: the one set with {@link #withClock}, else the
     * system UTC clock.
     *
     * @param context the context map, may be {@code null}
     * @return the clock
     */
    public static Clock clock(Map<Object, Object> context) {
        Object clock = context == null ? null : context.get(CLOCK);
        return clock instanceof Clock c ? c : Clock.systemUTC();
    }

    /**
     * Sets the contributed rules of a validation run.
     *
     * @param context      the context map of a validation run
     * @param contributors the contributors, in calling order
     * @return the context map
     */
    public static Map<Object, Object> withContributors(Map<Object, Object> context,
            Collection<? extends IConstraintContributor> contributors) {
        context.put(CONTRIBUTORS, List.copyOf(contributors));
        return context;
    }

    /**
     * Returns the contributed rules of a validation run, empty when none were set.
     *
     * @param context the context map, may be {@code null}
     * @return the contributors
     */
    @SuppressWarnings("unchecked")
    public static List<IConstraintContributor> contributors(Map<Object, Object> context) {
        Object contributors = context == null ? null : context.get(CONTRIBUTORS);
        return contributors instanceof List<?> list ? (List<IConstraintContributor>) list : List.of();
    }

    /**
     * Returns a value computed once per validation run (for example an index of what refers
     * to what), cached in the context map under {@code key}.
     *
     * @param <T>     the type of the value
     * @param context the context map, may be {@code null} (then nothing is cached)
     * @param key     the cache key, unique to the caller
     * @param compute computes the value
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public static <T> T cached(Map<Object, Object> context, Object key, Supplier<T> compute) {
        if (context == null) {
            return compute.get();
        }
        return (T) context.computeIfAbsent(key, k -> compute.get());
    }
}
