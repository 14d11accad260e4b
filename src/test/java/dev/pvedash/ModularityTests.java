package dev.pvedash;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature modules honest: no cycles, no reaching into another module's
 * internals.
 */
class ModularityTests {

	final ApplicationModules modules = ApplicationModules.of(PveDashApplication.class);

	@Test
	void verifiesModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
