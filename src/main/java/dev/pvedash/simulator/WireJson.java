package dev.pvedash.simulator;

import java.math.BigDecimal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON as PVE's Perl encoder writes numbers: a float with an integral value prints as an
 * integer ({@code 4294967296}, not {@code 4.294967296E9}), others in plain decimal
 * notation ({@code 0.00076}, not {@code 7.6E-4}). Clients must parse either, but the wire
 * should look like the real one.
 */
final class WireJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.addModule(new SimpleModule("perl-numbers").addSerializer(Double.class, new PerlDouble()))
		.build();

	private WireJson() {
	}

	private static final class PerlDouble extends ValueSerializer<Double> {

		@Override
		public void serialize(Double value, JsonGenerator generator, SerializationContext context) {
			double number = value;
			if (number == Math.rint(number) && Math.abs(number) < 1e15) {
				generator.writeNumber((long) number);
			}
			else {
				generator.writeNumber(BigDecimal.valueOf(number));
			}
		}

	}

}
