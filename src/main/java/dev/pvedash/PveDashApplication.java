package dev.pvedash;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PveDashApplication {

	public static void main(String[] args) {
		SpringApplication.run(PveDashApplication.class, args);
	}

}
