package dev.pvedash.snapshots;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.pvedash.support.AllModulesWebMvcTest;

/**
 * The web slice for this module's pages and actions. The slice's scan of the guests package brings that
 * module's test configuration (a fast simulator and the real client aimed at it, see GuestActionSlice),
 * so actions really reach a PVE and tests can count what did. The slice's connection stays unconfigured, so
 * the scheduled sync never runs by itself: tests call {@link SnapshotSync#run()} when they want a read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AllModulesWebMvcTest
@interface SnapshotsWebTest {

}
