package org.qunfang.identity.internal;

import org.qunfang.identity.Audited;
import org.qunfang.identity.audit.AuditWriter;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders the advice on use cases: the transaction opens first (order 100), the operation log is
 * written inside it (order 200), so a successful change and its log entry commit together.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = AuditConfiguration.TRANSACTION_ORDER)
class AuditConfiguration {

	static final int TRANSACTION_ORDER = 100;
	static final int AUDIT_ORDER = 200;

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static DefaultPointcutAdvisor auditedAdvisor(org.springframework.beans.factory.ObjectProvider<AuditWriter> writer,
			org.springframework.beans.factory.ObjectProvider<TransactionTemplate> template) {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(Audited.class),
				new LazyAuditedInterceptor(writer, template));
		advisor.setOrder(AUDIT_ORDER);
		return advisor;
	}

	/** Resolves its collaborators on first use, so the advisor can be created before them. */
	private static final class LazyAuditedInterceptor implements org.aopalliance.intercept.MethodInterceptor {

		private final org.springframework.beans.factory.ObjectProvider<AuditWriter> writer;
		private final org.springframework.beans.factory.ObjectProvider<TransactionTemplate> template;
		private volatile AuditedInterceptor delegate;

		LazyAuditedInterceptor(org.springframework.beans.factory.ObjectProvider<AuditWriter> writer,
				org.springframework.beans.factory.ObjectProvider<TransactionTemplate> template) {
			this.writer = writer;
			this.template = template;
		}

		@Override
		public Object invoke(org.aopalliance.intercept.MethodInvocation invocation) throws Throwable {
			AuditedInterceptor current = delegate;
			if (current == null) {
				current = new AuditedInterceptor(writer.getObject(), template.getObject());
				delegate = current;
			}
			return current.invoke(invocation);
		}
	}
}
