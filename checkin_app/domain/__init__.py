"""The domain: plain models and pure rules, standard library only."""
