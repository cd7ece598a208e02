package org.qunfang.identity.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The user accounts (aggregate repository); scoped listings go through {@link UserQueries}. */
public interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);
}
