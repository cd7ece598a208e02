package org.qunfang.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI description: what it is, and that calls carry a personal access token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI qunfangApi() {
		return new OpenAPI()
			.info(new Info().title("Qunfang API").version("v1")
				.description("群防 — the JSON API of Qunfang under /api/v1. Authenticate with a personal access token "
						+ "(create one under My account) as 'Authorization: Bearer qf_…'. Errors are RFC 9457 problem "
						+ "details in the language of Accept-Language. POSTs accept an Idempotency-Key header."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("qf_…")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
