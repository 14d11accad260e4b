package dev.pvedash.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.test.context.support.WithMockUser;

/** Test persona: a signed-in OPERATOR. */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@WithMockUser(username = "operator", roles = "OPERATOR")
public @interface WithOperator {

}
