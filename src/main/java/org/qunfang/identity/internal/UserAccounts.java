package org.qunfang.identity.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The user accounts (aggregate repository); scoped listings are queries in {@link UserAdministration}. */
public interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);
}
