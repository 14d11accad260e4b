package dev.pvedash.simulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One simulator of the reference homelab per test class, for tests that only read it: the
 * class's constructor takes a {@link PveSimulator} and/or a {@link SimulatorHttp}, and
 * the simulator closes after the last test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SimulatorExtension.class)
@interface SharedSimulator {

}
