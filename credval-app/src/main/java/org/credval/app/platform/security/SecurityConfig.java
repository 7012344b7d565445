package org.credval.app.platform.security;

import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. Published reference data (occupations, wages, the credential catalog) is public
 * to read; changing it needs the ANALYST role. Student-level data, when it arrives, gets its own
 * rules per organization.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(auth -> auth
            // Error pages and forwards render what an already-authorized request produced.
            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
            // The edit form sits under the public /credentials/** pages but only analysts may see it.
            .requestMatchers("/credentials/*/edit", "/credentials/*/retire").hasRole("ANALYST")
            .requestMatchers("/credentials/*/credit/**").hasRole("ANALYST")
            // Scoring runs and explanations are public to read; trying a change (what-if) is for analysts.
            .requestMatchers("/scoring/what-if").hasRole("ANALYST")
            .requestMatchers(HttpMethod.GET, "/scoring/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/", "/occupations/**", "/credentials/**", "/imports/**", "/demand/**",
                "/api/**", "/v3/api-docs/**", "/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health", "/login").permitAll()
            .anyRequest().hasRole("ANALYST"))
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(Customizer.withDefaults())
        .httpBasic(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(PasswordEncoder encoder,
      @Value("${credval.security.analyst-password:}") String analystPassword) {
    String password = analystPassword;
    if (password.isBlank()) {
      byte[] b = new byte[9];
      new SecureRandom().nextBytes(b);
      password = HexFormat.of().formatHex(b);
      log.info("Catalog editing: sign in as 'analyst' with password {} (set credval.security.analyst-password to choose one)", password);
    }
    return new InMemoryUserDetailsManager(
        User.withUsername("analyst").password(encoder.encode(password)).roles("ANALYST").build());
  }
}
