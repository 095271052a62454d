package nl.burgernet.security.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Work done on behalf of nobody in particular (start-up, login, message consumers) sees the whole
 * store. Put it only where no caller's data is returned to a caller unfiltered.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemScope {}
