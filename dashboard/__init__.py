"""factdesk dashboard: thin Streamlit pages over validation/, with plain figure builders."""
