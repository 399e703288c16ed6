"""Tracking the plan: goals, actions, revenue and reviews."""
