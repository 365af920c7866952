"""A person's rights over their data: a copy of everything held about them (personal_data), and
deletion that forgets the person while keeping the anonymous records an Action's reach counts
(services.forget_learner)."""
