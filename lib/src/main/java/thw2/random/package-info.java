/**
 * Seeded randomness: reproducible streams, shuffles and Gaussian samplers.
 *
 * <p>Mathematics: Fisher–Yates shuffling, under which every permutation of n items has probability
 * 1/n! ({@link thw2.random.Shuffle}); two exact transforms of uniform draws into standard normal ones,
 * Box–Muller and Marsaglia's polar method ({@link thw2.random.Gaussian}); and independent streams
 * indexed by (seed, step), obtained by hashing the pair with a 64-bit bijective mixer so that no
 * two steps share a stretch of one generator's cycle ({@link thw2.random.Seeds}).
 *
 * <p>Used by Question 1 (the logistic data, epoch orders of minibatch SGD), Question 2 (the
 * stratified split and the trainer's epoch orders), Question 4 (the two-Gaussian data and the noisy
 * gradient oracles), Question 5 (random start vectors) and Question 6 (the epoch orders of dropout
 * training).
 *
 * <p>Invariants: every random process in the library takes a seed or a
 * {@link java.util.SplittableRandom} and nothing else random, so notebooks and handouts print the
 * same numbers on every run; a method draws a fixed, documented sequence from its generator
 * (Box–Muller exactly two uniforms per normal), so moving code here changes no figure. Depends only
 * on {@code thw2.args}.
 */
package thw2.random;
